// The line breakpoints of a debug session: set on the runbook's script file with PowerShell's own
// debugger, with the bookkeeping PowerShell does not do (which landed, hit counts).
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;

namespace Baton.PwshHost
{
    internal sealed class JobBreakpoints
    {
        private sealed class BreakpointState
        {
            public BreakpointSpec Spec;
            public bool Verified;
            public string Message;
            public int Hits;
        }

        private readonly Debugger _debugger;
        private readonly Channel _channel;
        private readonly string _scriptPath;
        private readonly int _lineCount;
        private readonly Dictionary<int, BreakpointState> _byId = new Dictionary<int, BreakpointState>();

        public JobBreakpoints(Debugger debugger, Channel channel, string scriptPath)
        {
            _debugger = debugger;
            _channel = channel;
            _scriptPath = scriptPath;
            var text = File.ReadAllText(scriptPath);
            _lineCount = text.Split('\n').Length - (text.EndsWith("\n", StringComparison.Ordinal) ? 1 : 0);
        }

        /// <summary>
        /// True when the stop is for breakpoints of this session only (not the runbook's own); `pause`
        /// then says whether one reached its hitCount, which counts the hits whose condition held (the
        /// condition's action only breaks then), as VS Code's PowerShell extension does.
        /// </summary>
        public bool CountHits(IList<Breakpoint> hit, out bool pause)
        {
            pause = false;
            if (hit.Count == 0) return false;
            var ours = new List<BreakpointState>();
            foreach (var b in hit)
            {
                BreakpointState state;
                if (!_byId.TryGetValue(b.Id, out state)) return false;
                ours.Add(state);
            }
            foreach (var s in ours)
            {
                s.Hits++;
                if (!s.Spec.HitCount.HasValue || s.Hits == s.Spec.HitCount.Value) pause = true;
            }
            return true;
        }

        /// <summary>Replaces the line breakpoints and reports how each landed (a "breakpoints" event).</summary>
        public void Apply(List<BreakpointSpec> specs)
        {
            foreach (var id in _byId.Keys.ToList())
            {
                var existing = _debugger.GetBreakpoint(id, null);
                if (existing != null) _debugger.RemoveBreakpoint(existing, null);
            }
            _byId.Clear();
            var states = new List<BreakpointState>();
            foreach (var spec in specs)
            {
                var state = new BreakpointState { Spec = spec, Verified = true };
                states.Add(state);
                ScriptBlock action = null;
                if (spec.Line > _lineCount)
                {
                    state.Verified = false;
                    state.Message = "Line " + spec.Line + " is past the end of the runbook (" + _lineCount + " lines).";
                    continue;
                }
                if (spec.Condition != null)
                {
                    // The condition runs as the breakpoint's action, in a child scope of where the line runs:
                    // `break` pauses, falling through lets the line run (Set-PSBreakpoint -Action semantics).
                    var message = ConditionError(spec.Condition);
                    if (message != null) { state.Verified = false; state.Message = message; continue; }
                    action = ScriptBlock.Create("if (" + spec.Condition + ") { break }");
                }
                var breakpoint = _debugger.SetLineBreakpoint(_scriptPath, spec.Line, 0, action, null);
                _byId[breakpoint.Id] = state;
            }
            _channel.WriteDebug(w =>
            {
                w.WriteString("event", "breakpoints");
                w.WriteStartArray("breakpoints");
                foreach (var s in states)
                {
                    w.WriteStartObject();
                    w.WriteNumber("line", s.Spec.Line);
                    if (s.Spec.Condition != null) w.WriteString("condition", s.Spec.Condition);
                    if (s.Spec.HitCount.HasValue) w.WriteNumber("hitCount", s.Spec.HitCount.Value);
                    w.WriteBoolean("verified", s.Verified);
                    if (s.Message != null) w.WriteString("message", s.Message);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
            });
        }

        private static string ConditionError(string condition)
        {
            Token[] tokens;
            ParseError[] errors;
            Parser.ParseInput(condition, out tokens, out errors);
            if (errors.Length == 0) Parser.ParseInput("if (" + condition + ") { break }", out tokens, out errors);
            return errors.Length == 0 ? null : "The condition does not parse: " + errors[0].Message;
        }
    }
}
