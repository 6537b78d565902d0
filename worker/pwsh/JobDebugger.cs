// The runbook debugger at the host level: PowerShell's own debugger (Runspace.Debugger) drives breakpoints
// and stepping; this class answers its DebuggerStop event on the pipeline thread and blocks it there,
// serving the worker's debug commands (lib/debug/debug-protocol.ts) until one resumes the runbook. It is
// attached only to a job whose spec has `debug`: other jobs have no DebuggerStop subscriber at all.
// C#, not a PowerShell handler: scriptblock event handlers are marshalled to the host's own thread.
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Runspaces;
using System.Text.Json;
using System.Threading;

namespace Baton.PwshHost
{
    public sealed class JobDebugger
    {
        private readonly Debugger _debugger;
        private readonly Channel _channel;
        private readonly string _scriptPath;
        private readonly string _runbookName;
        private readonly JobBreakpoints _breakpoints;
        private readonly DebugInspector _inspector;
        private readonly object _lock = new object();
        private readonly BlockingCollection<DebugRequest> _requests = new BlockingCollection<DebugRequest>();
        private bool _paused;
        private bool _ended;
        private DebuggerResumeAction? _lastAction;
        private bool _stopPending;
        private volatile bool _inspecting;

        private JobDebugger(Runspace runspace, Channel channel, string scriptPath, string runbookName, int width)
        {
            _debugger = runspace.Debugger;
            _channel = channel;
            _scriptPath = scriptPath;
            _runbookName = runbookName;
            _breakpoints = new JobBreakpoints(_debugger, channel, scriptPath);
            _inspector = new DebugInspector(_debugger, width);
        }

        /// <summary>True once a `stop` command (or the worker's stop while paused) ended the runbook.</summary>
        public bool StoppedByDebugger { get; private set; }

        /// <summary>Puts the runbook under the debugger with the spec's breakpoints; call before its pipeline starts.</summary>
        public static JobDebugger Attach(Runspace runspace, Channel channel, string scriptPath, string runbookName, object breakpoints, int width)
        {
            var debugger = new JobDebugger(runspace, channel, scriptPath, runbookName, width);
            // Normal jobs get a Wait-Debugger that warns instead of waiting (initialize-automation.ps1);
            // under the debugger the cmdlet itself must run.
            runspace.SessionStateProxy.InvokeProvider.Item.Remove("function:\\Wait-Debugger", false);
            debugger._breakpoints.Apply(DebugRequest.FromSpec(breakpoints));
            runspace.Debugger.DebuggerStop += debugger.OnDebuggerStop;
            channel.DebugSink = debugger.Receive;
            return debugger;
        }

        /// <summary>The job's pipeline has ended: later commands are refused, nothing pauses any more.</summary>
        public void Detach()
        {
            lock (_lock) { _ended = true; }
            _debugger.DebuggerStop -= OnDebuggerStop;
        }

        // On the channel's control reader thread.
        private void Receive(DebugRequest request)
        {
            lock (_lock)
            {
                if (_paused && !_ended)
                {
                    _requests.Add(request);
                    if (request.Command == "stop" || request.Command == DebugRequest.WorkerStop)
                    {
                        _stopPending = true;
                        ThreadPool.QueueUserWorkItem(_ => StopInspection());
                    }
                    return;
                }
                if (request.Command == DebugRequest.WorkerStop) { _ended = true; return; }
                if (_ended) { Refuse(request, "The runbook has finished or is stopping."); return; }
                // PowerShell's debugger takes breakpoints from any thread (VS Code's extension sets them while a script runs).
                if (request.Command == "setBreakpoints") { _breakpoints.Apply(request.Breakpoints ?? new List<BreakpointSpec>()); return; }
                if (request.Command == "stop")
                {
                    // Stopping a running runbook is the worker's stop: its pipeline is stopped, finally blocks run.
                    _ended = true;
                    _channel.RequestStop();
                    _channel.WriteDebug(w => { w.WriteString("event", "running"); w.WriteString("action", "stop"); });
                    return;
                }
                Refuse(request, "The runbook is running: '" + request.Command + "' needs it paused at a breakpoint.");
            }
        }

        private void Refuse(DebugRequest request, string message)
        {
            _channel.WriteDebug(w =>
            {
                w.WriteString("event", "refused");
                if (request.RequestId != null) w.WriteString("requestId", request.RequestId);
                w.WriteString("command", request.Command ?? "");
                w.WriteString("message", message);
            });
        }

        // On the pipeline thread: PowerShell waits for this handler before running the next statement.
        private void OnDebuggerStop(object sender, DebuggerStopEventArgs e)
        {
            string reason;
            lock (_lock)
            {
                if (_ended) { e.ResumeAction = DebuggerResumeAction.Continue; return; }
                bool pause;
                if (_breakpoints.CountHits(e.Breakpoints, out pause))
                {
                    if (!pause) { e.ResumeAction = DebuggerResumeAction.Continue; return; }
                    reason = "breakpoint";
                }
                else if (e.Breakpoints.Count > 0) reason = "script-breakpoint";
                else reason = _lastAction.HasValue && _lastAction.Value != DebuggerResumeAction.Continue ? "step" : "wait-debugger";
                _paused = true;
            }
            WritePaused(e, reason);
            while (true)
            {
                var request = _requests.Take();
                if (Serve(request, e)) break;
            }
        }

        // True when the request resumed the runbook.
        private bool Serve(DebugRequest request, DebuggerStopEventArgs e)
        {
            DebuggerResumeAction action;
            string name = request.Command;
            switch (request.Command)
            {
                case "continue": action = DebuggerResumeAction.Continue; break;
                case "stepOver": action = DebuggerResumeAction.StepOver; break;
                case "stepInto": action = DebuggerResumeAction.StepInto; break;
                case "stepOut": action = DebuggerResumeAction.StepOut; break;
                case "stop": case DebugRequest.WorkerStop: action = DebuggerResumeAction.Stop; name = "stop"; break;
                case "setBreakpoints": _breakpoints.Apply(request.Breakpoints ?? new List<BreakpointSpec>()); return false;
                case "variables": Inspect(request, WriteVariables); return false;
                case "evaluate": Inspect(request, WriteEvaluated); return false;
                default: Refuse(request, "Unknown debugger command."); return false;
            }
            lock (_lock)
            {
                _paused = false;
                _lastAction = action;
                // Stop throws PowerShell's TerminateException: finally blocks run, and must not pause again.
                if (action == DebuggerResumeAction.Stop) { _ended = true; StoppedByDebugger = true; }
            }
            e.ResumeAction = action;
            _channel.WriteDebug(w => { w.WriteString("event", "running"); w.WriteString("action", name); });
            return true;
        }

        // Variables and evaluations run PowerShell (Debugger.ProcessCommand); once a stop is queued behind
        // one, it is stopped, and none starts any more, so a hung expression cannot hold the stop back.
        private void Inspect(DebugRequest request, Action<DebugRequest> inspect)
        {
            lock (_lock)
            {
                if (!_stopPending) _inspecting = true;
            }
            if (!_inspecting) { Refuse(request, "The runbook is stopping."); return; }
            try { inspect(request); }
            finally { lock (_lock) { _inspecting = false; } }
        }

        private void StopInspection()
        {
            while (true)
            {
                lock (_lock) { if (!_inspecting) return; }
                _debugger.StopProcessCommand();
                Thread.Sleep(20);
            }
        }

        private void WritePaused(DebuggerStopEventArgs e, string reason)
        {
            var invocation = e.InvocationInfo;
            var frames = _debugger.GetCallStack().ToList();
            _channel.WriteDebug(w =>
            {
                w.WriteString("event", "paused");
                w.WriteString("reason", reason);
                w.WriteNumber("line", invocation != null ? invocation.ScriptLineNumber : 0);
                w.WriteNumber("column", invocation != null ? invocation.OffsetInLine : 0);
                w.WriteBoolean("inRunbook", invocation != null && IsRunbook(invocation.ScriptName));
                w.WriteStartArray("stack");
                for (int i = 0; i < frames.Count; i++)
                {
                    var frame = frames[i];
                    w.WriteStartObject();
                    w.WriteNumber("index", i);
                    w.WriteString("functionName", frame.FunctionName ?? "");
                    if (string.IsNullOrEmpty(frame.ScriptName)) w.WriteNull("script");
                    else w.WriteString("script", IsRunbook(frame.ScriptName) ? _runbookName : Path.GetFileName(frame.ScriptName));
                    w.WriteBoolean("inRunbook", IsRunbook(frame.ScriptName));
                    w.WriteNumber("line", frame.ScriptLineNumber);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
            });
        }

        private bool IsRunbook(string scriptName)
        {
            return !string.IsNullOrEmpty(scriptName) && string.Equals(scriptName, _scriptPath, StringComparison.Ordinal);
        }

        private void WriteVariables(DebugRequest request)
        {
            List<DebugVariable> variables;
            bool truncated;
            try
            {
                variables = _inspector.Variables(request.Frame, request.Scope, request.Path, out truncated);
            }
            catch (Exception ex)
            {
                Refuse(request, ex.GetBaseException().Message);
                return;
            }
            _channel.WriteDebug(w =>
            {
                w.WriteString("event", "variables");
                w.WriteString("requestId", request.RequestId ?? "");
                w.WriteNumber("frame", request.Frame);
                w.WriteString("scope", request.Scope);
                w.WriteStartArray("path");
                foreach (var step in request.Path) { if (step is int) w.WriteNumberValue((int)step); else w.WriteStringValue((string)step); }
                w.WriteEndArray();
                w.WriteStartArray("variables");
                foreach (var v in variables)
                {
                    w.WriteStartObject();
                    w.WriteString("name", v.Name);
                    w.WriteString("type", v.Type);
                    w.WriteString("value", v.Value);
                    w.WriteBoolean("expandable", v.Expandable);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                w.WriteBoolean("truncated", truncated);
            });
        }

        private void WriteEvaluated(DebugRequest request)
        {
            string error;
            var output = _inspector.Evaluate(request.Frame, request.Expression ?? "", out error);
            _channel.WriteDebug(w =>
            {
                w.WriteString("event", "evaluated");
                w.WriteString("requestId", request.RequestId ?? "");
                w.WriteNumber("frame", request.Frame);
                w.WriteString("expression", request.Expression ?? "");
                w.WriteString("output", output);
                if (error != null) w.WriteString("error", DebugInspector.Bound(error, DebugInspector.MaxOutputChars));
            });
        }
    }
}
