// What a paused runbook shows the debugger client: the variables of a frame's scope, the children of a
// value, and the text of an expression evaluated where it paused. Runs on the pipeline thread, inside
// the DebuggerStop handler, so PowerShell's debugger (ProcessCommand, GetCallStack) may be used.
using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Text;

namespace Baton.PwshHost
{
    public sealed class DebugVariable
    {
        public string Name;
        public string Type;
        public string Value;
        public bool Expandable;
    }

    public sealed class DebugInspector
    {
        // lib/debug/debug-protocol.ts debugLimits.
        public const int MaxChildren = 200;
        public const int MaxValueChars = 1000;
        public const int MaxOutputChars = 65536;

        // Automatic variables every frame has and nobody debugs, left out of Local as VS Code's
        // PowerShell extension leaves them out of its Auto view (constants and AllScope ones too).
        private static readonly HashSet<string> Noise = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "MyInvocation", "PSCmdlet", "PSScriptRoot", "PSCommandPath", "ExecutionContext", "input", "PSDebugContext", "?", "^", "$", "null",
        };

        private readonly Debugger _debugger;
        private readonly int _width;

        public DebugInspector(Debugger debugger, int width)
        {
            _debugger = debugger;
            _width = width;
        }

        /// <summary>The variables of a scope, or the children of the value at `path` under it.</summary>
        public List<DebugVariable> Variables(int frame, string scope, IList<object> path, out bool truncated)
        {
            truncated = false;
            var variables = ScopeVariables(frame, scope);
            if (path.Count == 0)
            {
                var list = variables.OrderBy(v => v.Name, StringComparer.OrdinalIgnoreCase).Select(v => Describe(v.Name, v.Value)).ToList();
                truncated = list.Count > MaxChildren;
                return list.Take(MaxChildren).ToList();
            }
            var root = variables.FirstOrDefault(v => string.Equals(v.Name, path[0] as string, StringComparison.OrdinalIgnoreCase));
            if (root == null) throw new ArgumentException("There is no variable '" + path[0] + "' in the " + scope + " scope.");
            var value = Unwrap(root.Value);
            for (int i = 1; i < path.Count; i++) value = Child(value, path[i]);
            return Children(value, out truncated);
        }

        // A frame's locals are its scope's variables, read with Get-Variable from the paused line
        // (CallStackFrame.GetFrameVariables() misses what a function assigned once it was compiled for
        // the debugger). Each frame below it that was not dot-sourced is one scope further down.
        private List<PSVariable> ScopeVariables(int frame, string scope)
        {
            string name;
            if (scope == "global") name = "Global";
            else if (scope == "script") name = "Script";
            else name = ScopeOffset(frame).ToString(System.Globalization.CultureInfo.InvariantCulture);
            var output = new PSDataCollection<PSObject>();
            _debugger.ProcessCommand(new PSCommand().AddCommand("Microsoft.PowerShell.Utility\\Get-Variable").AddParameter("Scope", name), output);
            var variables = output.Select(o => o == null ? null : o.BaseObject as PSVariable).Where(v => v != null);
            return (scope == "local" ? variables.Where(v => !IsNoise(v)) : variables).ToList();
        }

        private int ScopeOffset(int frame)
        {
            var frames = _debugger.GetCallStack().ToList();
            if (frame < 0 || frame >= frames.Count) throw new ArgumentException("There is no call stack frame " + frame + ".");
            int offset = 0;
            for (int i = 0; i < frame; i++)
            {
                var invocation = frames[i].InvocationInfo;
                if (invocation == null || invocation.InvocationName != ".") offset++;
            }
            return offset;
        }

        private static bool IsNoise(PSVariable variable)
        {
            return Noise.Contains(variable.Name) || (variable.Options & (ScopedItemOptions.Constant | ScopedItemOptions.AllScope)) != 0;
        }

        private static object Unwrap(object value)
        {
            var pso = value as PSObject;
            if (pso != null && !(pso.BaseObject is PSCustomObject)) return pso.BaseObject;
            return value;
        }

        private static object Child(object value, object step)
        {
            var dictionary = value as IDictionary;
            if (dictionary != null)
            {
                foreach (DictionaryEntry entry in dictionary)
                {
                    if (string.Equals(Convert.ToString(entry.Key), Convert.ToString(step))) return Unwrap(entry.Value);
                }
                throw new ArgumentException("There is no key '" + step + "'.");
            }
            if (IsList(value))
            {
                int index = step is int ? (int)step : ParseIndex(step as string);
                int i = 0;
                foreach (var item in (IEnumerable)value) { if (i++ == index) return Unwrap(item); }
                throw new ArgumentException("There is no element " + step + ".");
            }
            if (value == null) throw new ArgumentException("$null has no children.");
            var property = PSObject.AsPSObject(value).Properties[Convert.ToString(step)];
            if (property == null) throw new ArgumentException("There is no property '" + step + "'.");
            return Unwrap(property.Value);
        }

        private static int ParseIndex(string step)
        {
            int index;
            var text = step == null ? "" : step.Trim('[', ']');
            if (!int.TryParse(text, out index)) throw new ArgumentException("'" + step + "' is not an element index.");
            return index;
        }

        private static List<DebugVariable> Children(object value, out bool truncated)
        {
            var list = new List<DebugVariable>();
            truncated = false;
            var dictionary = value as IDictionary;
            if (dictionary != null)
            {
                foreach (DictionaryEntry entry in dictionary)
                {
                    if (list.Count == MaxChildren) { truncated = true; break; }
                    list.Add(Describe(Convert.ToString(entry.Key), entry.Value));
                }
            }
            else if (IsList(value))
            {
                int i = 0;
                foreach (var item in (IEnumerable)value)
                {
                    if (list.Count == MaxChildren) { truncated = true; break; }
                    list.Add(Describe("[" + i++ + "]", item));
                }
            }
            else if (!IsScalar(value))
            {
                foreach (var property in PSObject.AsPSObject(value).Properties)
                {
                    if (list.Count == MaxChildren) { truncated = true; break; }
                    object child;
                    try { child = property.Value; }
                    catch (Exception ex) { child = "<" + ex.GetBaseException().Message + ">"; }
                    list.Add(Describe(property.Name, child));
                }
            }
            return list;
        }

        private static bool IsList(object value) { return value is IEnumerable && !(value is string) && !(value is IDictionary); }

        private static bool IsScalar(object value)
        {
            if (value == null) return true;
            var pso = value as PSObject;
            if (pso != null) value = pso.BaseObject;
            if (value is PSCustomObject) return false;
            var type = value.GetType();
            return type.IsPrimitive || type.IsEnum || value is string || value is decimal || value is DateTime || value is DateTimeOffset
                || value is TimeSpan || value is Guid || value is ScriptBlock || value is Type;
        }

        private static DebugVariable Describe(string name, object raw)
        {
            var value = Unwrap(raw);
            var baseValue = value is PSObject ? ((PSObject)value).BaseObject : value;
            var variable = new DebugVariable { Name = name, Type = baseValue == null ? "$null" : baseValue.GetType().FullName, Value = Render(value) };
            if (value is IDictionary) variable.Expandable = ((IDictionary)value).Count > 0;
            else if (IsList(value)) variable.Expandable = ((IEnumerable)value).Cast<object>().Any();
            else variable.Expandable = !IsScalar(value) && PSObject.AsPSObject(value).Properties.Any();
            return variable;
        }

        private static string Render(object value)
        {
            string text;
            try
            {
                if (value == null) text = "$null";
                else if (value is string) text = "\"" + value + "\"";
                else if (value is IDictionary) text = "[" + value.GetType().Name + ": " + ((IDictionary)value).Count + "]";
                else if (IsList(value) && value is ICollection) text = "[" + value.GetType().Name + ": " + ((ICollection)value).Count + "]";
                else text = PSObject.AsPSObject(value).ToString();
            }
            catch (Exception ex)
            {
                text = "<" + ex.GetBaseException().Message + ">";
            }
            return Bound(text.Replace("\r\n", " ").Replace('\n', ' ').Replace('\r', ' '), MaxValueChars);
        }

        internal static string Bound(string text, int max)
        {
            return text.Length <= max ? text : text.Substring(0, max - 1) + "…";
        }

        /// <summary>
        /// Evaluates in the paused frame (frame 0) through the debugger, as pwsh's debugger prompt does:
        /// assignments land in that frame. For an outer frame, the expression runs in a child scope
        /// holding copies of that frame's own variables, so it reads them; what it assigns is not kept,
        /// and a name that frame lacks resolves as it would on the paused line.
        /// </summary>
        public string Evaluate(int frame, string expression, out string error)
        {
            error = null;
            var command = new PSCommand();
            if (frame == 0)
            {
                command.AddScript(expression, false);
            }
            else
            {
                List<PSVariable> variables;
                try { variables = ScopeVariables(frame, "local").Where(v => (v.Options & ScopedItemOptions.ReadOnly) == 0).ToList(); }
                catch (ArgumentException ex) { error = ex.Message; return ""; }
                command.AddScript("param($BatonFrameVariables, $BatonExpression) foreach ($BatonVariable in $BatonFrameVariables) { Set-Variable -Name $BatonVariable.Name -Value $BatonVariable.Value -ErrorAction Ignore }; Remove-Variable BatonFrameVariables, BatonVariable; . ([scriptblock]::Create($BatonExpression))", true)
                    .AddParameter("BatonFrameVariables", variables).AddParameter("BatonExpression", expression);
            }
            command.AddCommand("Microsoft.PowerShell.Utility\\Out-String").AddParameter("Width", _width);
            var output = new PSDataCollection<PSObject>();
            try
            {
                _debugger.ProcessCommand(command, output);
            }
            catch (Exception ex)
            {
                var container = ex as IContainsErrorRecord;
                error = container != null && container.ErrorRecord != null ? container.ErrorRecord.ToString() : ex.GetBaseException().Message;
            }
            var text = new StringBuilder();
            foreach (var item in output) { if (item != null) text.Append(item.ToString()); }
            return Bound(text.ToString().TrimEnd('\n', '\r'), MaxOutputChars);
        }
    }
}
