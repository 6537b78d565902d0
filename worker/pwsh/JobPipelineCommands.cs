// The two commands the host runs in the job's runspace around the runbook. They are never added to the
// runspace's session state (host.ps1 passes CmdletInfo objects), so a runbook cannot see or call them.
using System.Management.Automation;

namespace Baton.PwshHost
{
    /// <summary>
    /// The end of the job's pipeline (`runbook | Out-BatonJob`), where pwsh's console host puts
    /// Out-Default: the runbook sees the same $MyInvocation.PipelineLength, and every object it writes
    /// reaches the formatter on the pipeline thread.
    /// </summary>
    [Cmdlet("Out", "BatonJob")]
    public sealed class OutBatonJobCommand : PSCmdlet
    {
        [Parameter(ValueFromPipeline = true)]
        public PSObject InputObject { get; set; }

        [Parameter(Mandatory = true)]
        public OutputFormatter Formatter { get; set; }

        protected override void ProcessRecord()
        {
            Formatter.Write(InputObject);
        }
    }

    /// <summary>
    /// Runs after the job's pipeline ended, however it ended, in the same runspace: prints what the
    /// formatter still held and adds the error that ended the runbook as the last Error record.
    /// </summary>
    [Cmdlet("Complete", "BatonJob")]
    public sealed class CompleteBatonJobCommand : PSCmdlet
    {
        [Parameter(Mandatory = true)]
        public OutputFormatter Formatter { get; set; }

        [Parameter(Mandatory = true)]
        public StreamCollector Collector { get; set; }

        [Parameter]
        public ErrorRecord TerminatingError { get; set; }

        protected override void EndProcessing()
        {
            Formatter.Complete();
            if (TerminatingError != null) Collector.AddTerminatingError(TerminatingError);
            Collector.Queue.Complete();
        }
    }
}
