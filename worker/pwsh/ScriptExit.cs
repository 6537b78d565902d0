// `exit N` in a script file normally ends only that script: PowerShell stores N in $LASTEXITCODE, which
// native commands set too, so a host cannot tell an exit from a failed native command. pwsh -File flips
// an engine switch so that the top-level script's exit leaves the pipeline and reaches the host's
// SetShouldExit; the switch resets once that script starts, so nested scripts keep their own exit.
// It is internal to PowerShell, so it is reached by reflection, checked once when the host starts.
using System;
using System.Management.Automation.Runspaces;
using System.Reflection;

namespace Baton.PwshHost
{
    public static class ScriptExit
    {
        private const BindingFlags Internal = BindingFlags.NonPublic | BindingFlags.Public | BindingFlags.Instance;
        private static readonly PropertyInfo ExecutionContextProperty = typeof(Runspace).GetProperty("ExecutionContext", Internal);

        /// <summary>Makes the next top-level script's `exit N` call the host's SetShouldExit(N).</summary>
        public static void ReportTopLevelExit(Runspace runspace)
        {
            var context = ExecutionContextProperty == null ? null : ExecutionContextProperty.GetValue(runspace);
            var flag = context == null ? null : context.GetType().GetProperty("ScriptCommandProcessorShouldRethrowExit", Internal);
            if (flag == null)
            {
                throw new NotSupportedException("This PowerShell version does not let a host learn a script's exit code the way pwsh -File does; Baton supports PowerShell 7.4 to 7.6.");
            }
            flag.SetValue(context, true);
        }
    }
}
