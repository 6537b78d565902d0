// Serialises stream records whose fields are plain .NET properties. Output objects that need
// PowerShell's formatter (Out-String, ConvertTo-Json) are left to host.ps1.
using System;
using System.Globalization;
using System.Management.Automation;
using System.Text.Json;

namespace Baton.PwshHost
{
    public static class RecordWriter
    {
        public static bool IsSimpleOutput(object record)
        {
            var value = Unwrap(record);
            return value == null || value is string || value is char || value is bool || value is Guid
                || value is int || value is long || value is short || value is byte || value is sbyte
                || value is uint || value is ulong || value is ushort || value is decimal;
        }

        private static object Unwrap(object record)
        {
            var pso = record as PSObject;
            return pso == null ? record : pso.BaseObject;
        }

        public static void Write(Channel channel, CapturedRecord rec)
        {
            switch (rec.Type)
            {
                case "output": WriteSimpleOutput(channel, rec); break;
                case "error": WriteError(channel, rec, (ErrorRecord)rec.Record); break;
                case "information": WriteInformation(channel, rec, (InformationRecord)rec.Record); break;
                case "progress": WriteProgress(channel, rec, (ProgressRecord)rec.Record); break;
                default:
                    // warning, verbose and debug records are InformationalRecord: a message and nothing else.
                    channel.Write(rec.Type, rec.Ts, ((InformationalRecord)rec.Record).Message, null);
                    break;
            }
        }

        private static void WriteSimpleOutput(Channel channel, CapturedRecord rec)
        {
            var value = Unwrap(rec.Record);
            var text = value == null ? "" : Convert.ToString(value, CultureInfo.InvariantCulture);
            var pso = rec.Record as PSObject;
            channel.Write("output", rec.Ts, text, w =>
            {
                // A string's text is its value; repeating it as JSON would double a 10 MB line.
                if (!(value is string)) w.WriteString("json", ToJson(value));
                Channel.WriteStrings(w, "typeNames", pso != null ? (System.Collections.IEnumerable)pso.TypeNames
                    : value == null ? new string[0] : new[] { value.GetType().FullName });
            });
        }

        private static string ToJson(object value)
        {
            if (value == null) return "null";
            if (value is bool) return (bool)value ? "true" : "false";
            if (value is char || value is Guid) return JsonSerializer.Serialize(value.ToString());
            return Convert.ToString(value, CultureInfo.InvariantCulture);
        }

        private static void WriteError(Channel channel, CapturedRecord rec, ErrorRecord err)
        {
            var message = err.ErrorDetails != null && !string.IsNullOrEmpty(err.ErrorDetails.Message)
                ? err.ErrorDetails.Message
                : err.Exception != null ? err.Exception.Message : err.ToString();
            channel.Write("error", rec.Ts, message, w =>
            {
                w.WriteString("message", message);
                w.WriteString("fqid", err.FullyQualifiedErrorId);
                w.WriteString("category", err.CategoryInfo.Category.ToString());
                w.WriteString("exceptionType", err.Exception != null ? err.Exception.GetType().FullName : null);
                w.WriteString("scriptStackTrace", err.ScriptStackTrace);
                w.WriteString("position", err.InvocationInfo != null ? err.InvocationInfo.PositionMessage : null);
            });
        }

        private static void WriteInformation(Channel channel, CapturedRecord rec, InformationRecord info)
        {
            // Write-Host wraps its text in HostInformationMessage, whose ToString is the message.
            var text = info.MessageData == null ? "" : info.MessageData.ToString();
            channel.Write("information", rec.Ts, text, w =>
            {
                Channel.WriteStrings(w, "tags", info.Tags);
                w.WriteString("source", info.Source);
            });
        }

        private static void WriteProgress(Channel channel, CapturedRecord rec, ProgressRecord p)
        {
            var text = p.PercentComplete >= 0
                ? string.Format(CultureInfo.InvariantCulture, "{0}: {1} ({2}%)", p.Activity, p.StatusDescription, p.PercentComplete)
                : p.Activity + ": " + p.StatusDescription;
            channel.Write("progress", rec.Ts, text, w =>
            {
                w.WriteNumber("activityId", p.ActivityId);
                w.WriteNumber("parentId", p.ParentActivityId);
                w.WriteString("activity", p.Activity);
                w.WriteString("status", p.StatusDescription);
                w.WriteString("currentOperation", p.CurrentOperation);
                w.WriteNumber("percent", p.PercentComplete);
                w.WriteNumber("secondsRemaining", p.SecondsRemaining);
                w.WriteString("recordType", p.RecordType.ToString());
            });
        }
    }
}
