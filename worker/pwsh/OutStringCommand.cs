// PowerShell's Out-String, as a command object rather than a name: looking a module-qualified name up
// makes PowerShell analyse the module folders (and write a ModuleAnalysisCache into the job's HOME)
// in every job, and an unqualified name could be a runbook's own Out-String function.
using System;
using System.Management.Automation;

namespace Baton.PwshHost
{
    public static class OutStringCommand
    {
        public static readonly CmdletInfo Info = new CmdletInfo("Out-String",
            Type.GetType("Microsoft.PowerShell.Commands.OutStringCommand, Microsoft.PowerShell.Commands.Utility", true));
    }
}
