// A debugger command as the worker sends it on the channel ({"type":"debugger","command":...}, the fields of
// lib/debug/debug-protocol.ts's debugCommandSchema, already validated by the worker), and the breakpoints
// of a job spec. Parsed on the control reader thread; JobDebugger acts on them.
using System;
using System.Collections;
using System.Collections.Generic;
using System.Text.Json;

namespace Baton.PwshHost
{
    public sealed class BreakpointSpec
    {
        public int Line;
        public string Condition;
        public int? HitCount;
    }

    public sealed class DebugRequest
    {
        /// <summary>The worker's plain stop line (Stop button, timeout) or its channel closing.</summary>
        public const string WorkerStop = "worker-stop";

        public string Command;
        public string RequestId;
        public int Frame;
        public string Scope = "local";
        public List<object> Path = new List<object>();
        public string Expression;
        public List<BreakpointSpec> Breakpoints;

        internal static DebugRequest Parse(JsonElement root)
        {
            var request = new DebugRequest();
            JsonElement e;
            if (root.TryGetProperty("command", out e) && e.ValueKind == JsonValueKind.String) request.Command = e.GetString();
            if (root.TryGetProperty("requestId", out e) && e.ValueKind == JsonValueKind.String) request.RequestId = e.GetString();
            if (root.TryGetProperty("frame", out e) && e.ValueKind == JsonValueKind.Number) e.TryGetInt32(out request.Frame);
            if (root.TryGetProperty("scope", out e) && e.ValueKind == JsonValueKind.String) request.Scope = e.GetString();
            if (root.TryGetProperty("expression", out e) && e.ValueKind == JsonValueKind.String) request.Expression = e.GetString();
            if (root.TryGetProperty("path", out e) && e.ValueKind == JsonValueKind.Array)
            {
                foreach (var step in e.EnumerateArray())
                {
                    int index;
                    if (step.ValueKind == JsonValueKind.Number && step.TryGetInt32(out index)) request.Path.Add(index);
                    else if (step.ValueKind == JsonValueKind.String) request.Path.Add(step.GetString());
                }
            }
            if (root.TryGetProperty("breakpoints", out e) && e.ValueKind == JsonValueKind.Array)
            {
                request.Breakpoints = new List<BreakpointSpec>();
                foreach (var b in e.EnumerateArray())
                {
                    if (b.ValueKind != JsonValueKind.Object) continue;
                    var spec = new BreakpointSpec();
                    JsonElement v;
                    if (b.TryGetProperty("line", out v) && v.ValueKind == JsonValueKind.Number) v.TryGetInt32(out spec.Line);
                    if (b.TryGetProperty("condition", out v) && v.ValueKind == JsonValueKind.String) spec.Condition = v.GetString();
                    int hits;
                    if (b.TryGetProperty("hitCount", out v) && v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out hits)) spec.HitCount = hits;
                    request.Breakpoints.Add(spec);
                }
            }
            return request;
        }

        /// <summary>The spec's debug.breakpoints, as JsonToPowerShell parsed them (hashtables in an array).</summary>
        public static List<BreakpointSpec> FromSpec(object breakpoints)
        {
            var list = new List<BreakpointSpec>();
            var items = breakpoints as IEnumerable;
            if (items == null) return list;
            foreach (var item in items)
            {
                var table = item as IDictionary;
                if (table == null) continue;
                var spec = new BreakpointSpec { Line = ToInt(table["line"]) ?? 0, Condition = table["condition"] as string, HitCount = ToInt(table["hitCount"]) };
                list.Add(spec);
            }
            return list;
        }

        private static int? ToInt(object value)
        {
            if (value == null) return null;
            try { return Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture); }
            catch (Exception) { return null; }
        }
    }
}
