// Renders an ErrorRecord the way pwsh prints it: PowerShell's own formatter in the job's runspace, so
// the runbook's $ErrorView (ConciseView by default), $PSStyle and the job's width apply. It runs on the
// pipeline thread, where the runspace is ours to use; ConciseView costs what it costs in pwsh (it
// runs Get-Command for each error).
using System;
using System.Management.Automation;
using System.Management.Automation.Runspaces;

namespace Baton.PwshHost
{
    public sealed class ErrorRenderer
    {
        // Out-String could itself write an error; it must not be rendered by rendering it again.
        [ThreadStatic] private static bool t_rendering;

        private readonly JobHostRawUserInterface _rawUI;

        public ErrorRenderer(JobHostRawUserInterface rawUI) { _rawUI = rawUI; }

        /// <summary>The rendering with VT sequences, or null when PowerShell could not render it here.</summary>
        public string Render(ErrorRecord error)
        {
            if (t_rendering || Runspace.DefaultRunspace == null) return null;
            t_rendering = true;
            try
            {
                using (var ps = PowerShell.Create(RunspaceMode.CurrentRunspace))
                {
                    ps.AddCommand(OutStringCommand.Info).AddParameter("InputObject", error).AddParameter("Width", _rawUI.Width);
                    var result = ps.Invoke();
                    if (result.Count == 0 || result[0] == null) return null;
                    // pwsh prints an error without the blank lines Out-String puts after it.
                    return result[0].ToString().TrimEnd('\r', '\n');
                }
            }
            catch (Exception)
            {
                // A stopping pipeline or a broken formatter: the record keeps its message.
                return null;
            }
            finally
            {
                t_rendering = false;
            }
        }
    }
}
