// Serialises captured records as protocol lines. Every record's `text` is plain (what pwsh prints with
// PlainText rendering); `data.ansi` keeps the same text with its VT sequences when it has any. Output
// objects that need ConvertTo-Json are serialised on the host thread (host.ps1) and come back here.
using System;
using System.Collections;
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
                case "output":
                    if (rec.IsObject) WriteSimpleOutput(channel, rec);
                    else WriteOutput(channel, rec, w => w.WriteBoolean("formatted", true));
                    break;
                case "console": WriteConsole(channel, rec); break;
                case "error": WriteError(channel, rec, (ErrorRecord)rec.Record); break;
                case "information": WriteInformation(channel, rec, (InformationRecord)rec.Record); break;
                case "progress": WriteProgress(channel, rec, (ProgressRecord)rec.Record); break;
                default:
                    // warning, verbose and debug records are InformationalRecord: a message and nothing else.
                    var message = ((InformationalRecord)rec.Record).Message;
                    channel.Write(rec.Type, rec.Ts, AnsiText.Plain(message), w => WriteAnsi(w, message));
                    break;
            }
        }

        /// <summary>An output object whose JSON and type names PowerShell produced on the host thread.</summary>
        public static void WriteObject(Channel channel, CapturedRecord rec, string json, string[] typeNames)
        {
            WriteOutput(channel, rec, w =>
            {
                // PowerShell passes $null to a string parameter as "", so empty means absent.
                if (!string.IsNullOrEmpty(json)) w.WriteString("json", json);
                Channel.WriteStrings(w, "typeNames", typeNames);
            });
        }

        private static void WriteSimpleOutput(Channel channel, CapturedRecord rec)
        {
            var value = Unwrap(rec.Record);
            var pso = rec.Record as PSObject;
            WriteOutput(channel, rec, w =>
            {
                // A string's text is usually its value, and repeating it as JSON would double a 10 MB
                // line; but the text also holds the rows of a table PowerShell printed just before it
                // (and its VT sequences are stripped), so then the value goes as JSON too.
                var text = value as string;
                if (text == null || text != string.Join("\n", rec.Lines)) w.WriteString("json", ToJson(value));
                Channel.WriteStrings(w, "typeNames", pso != null ? (IEnumerable)pso.TypeNames
                    : value == null ? new string[0] : new[] { value.GetType().FullName });
            });
        }

        // `lines` says how many console lines `text` holds: 0 when the console printed nothing for this
        // object when it was written (its table row came with a later record), so an empty text is
        // not mistaken for one blank line.
        private static void WriteOutput(Channel channel, CapturedRecord rec, Action<Utf8JsonWriter> data)
        {
            var raw = string.Join("\n", rec.Lines);
            channel.Write("output", rec.Ts, AnsiText.Plain(raw), w =>
            {
                w.WriteNumber("lines", rec.Lines.Length);
                data(w);
                WriteAnsi(w, raw);
            });
        }

        private static void WriteConsole(Channel channel, CapturedRecord rec)
        {
            var raw = string.Join("\n", rec.Lines);
            channel.Write("console", rec.Ts, AnsiText.Plain(raw), w =>
            {
                w.WriteString("stream", "host");
                WriteAnsi(w, raw);
            });
        }

        private static void WriteAnsi(Utf8JsonWriter w, string raw)
        {
            if (raw != null && raw.IndexOf('\u001b') >= 0) w.WriteString("ansi", raw);
        }

        private static string ToJson(object value)
        {
            if (value == null) return "null";
            if (value is bool) return (bool)value ? "true" : "false";
            if (value is string || value is char || value is Guid) return JsonSerializer.Serialize(value.ToString());
            return Convert.ToString(value, CultureInfo.InvariantCulture);
        }

        private static void WriteError(Channel channel, CapturedRecord rec, ErrorRecord err)
        {
            var message = err.ErrorDetails != null && !string.IsNullOrEmpty(err.ErrorDetails.Message)
                ? err.ErrorDetails.Message
                : err.Exception != null ? err.Exception.Message : err.ToString();
            var text = rec.Rendered != null ? AnsiText.Plain(rec.Rendered) : message;
            channel.Write("error", rec.Ts, text, w =>
            {
                w.WriteString("message", message);
                w.WriteString("fqid", err.FullyQualifiedErrorId);
                w.WriteString("category", err.CategoryInfo.Category.ToString());
                w.WriteString("categoryInfo", err.CategoryInfo.GetMessage(CultureInfo.InvariantCulture));
                w.WriteString("exceptionType", err.Exception != null ? err.Exception.GetType().FullName : null);
                w.WriteString("scriptStackTrace", err.ScriptStackTrace);
                w.WriteString("position", err.InvocationInfo != null ? err.InvocationInfo.PositionMessage : null);
                if (rec.Terminating) w.WriteBoolean("terminating", true);
                WriteAnsi(w, rec.Rendered);
            });
        }

        private static void WriteInformation(Channel channel, CapturedRecord rec, InformationRecord info)
        {
            var host = info.MessageData as HostInformationMessage;
            var raw = host != null ? host.Message ?? ""
                : info.MessageData == null ? "" : info.MessageData.ToString();
            if (host != null) raw = AnsiText.Colour(raw, host.ForegroundColor ?? (ConsoleColor)(-1), host.BackgroundColor ?? (ConsoleColor)(-1));
            channel.Write("information", rec.Ts, AnsiText.Plain(raw), w =>
            {
                Channel.WriteStrings(w, "tags", info.Tags);
                w.WriteString("source", info.Source);
                // Write-Information the preference hides is kept, but a console would not have shown it.
                w.WriteBoolean("shown", rec.Shown);
                if (host != null)
                {
                    if (host.NoNewLine == true) w.WriteBoolean("noNewLine", true);
                    WriteColour(w, "foregroundColor", host.ForegroundColor);
                    WriteColour(w, "backgroundColor", host.BackgroundColor);
                }
                WriteAnsi(w, raw);
            });
        }

        private static void WriteColour(Utf8JsonWriter w, string name, ConsoleColor? colour)
        {
            if (colour.HasValue && AnsiText.IsColour(colour.Value)) w.WriteString(name, colour.Value.ToString());
        }

        private static void WriteProgress(Channel channel, CapturedRecord rec, ProgressRecord p)
        {
            var line = p.Activity + ": " + p.StatusDescription;
            // Status texts often say the percentage already ("2 of 8 (25%)"); say it once.
            var percent = string.Format(CultureInfo.InvariantCulture, "{0}%", p.PercentComplete);
            if (p.PercentComplete >= 0 && (p.StatusDescription == null || p.StatusDescription.IndexOf(percent, StringComparison.Ordinal) < 0)) line += " (" + percent + ")";
            channel.Write("progress", rec.Ts, AnsiText.Plain(line), w =>
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
