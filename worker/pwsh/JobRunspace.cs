// The runspace a job's runbook runs in, with Baton's PSHost. What a runbook's environment is made of is
// decided here (the session state comes from initialize-automation.ps1); host.ps1 opens one per process
// before its job arrives and calls BeginJob/EndJob around the job.
using System;
using System.Management.Automation.Runspaces;

namespace Baton.PwshHost
{
    public sealed class JobRunspace : IDisposable
    {
        private readonly JobHost _host;

        public JobRunspace(InitialSessionState state)
        {
            var rawUI = new JobHostRawUserInterface();
            _host = new JobHost(new JobHostUserInterface(rawUI));
            Runspace = RunspaceFactory.CreateRunspace(_host, state);
            Runspace.Open();
        }

        public Runspace Runspace { get; private set; }

        public JobHostRawUserInterface RawUI { get { return _host.JobUI.JobRawUI; } }

        /// <summary>What the job's runbook passed to a top-level `exit`, or null.</summary>
        public int? ExitCode { get { return _host.ExitCode; } }

        /// <summary>
        /// Readies the runspace for the job about to run: its console width, where host text goes, and a
        /// top-level exit reported to the host. Call just before the runbook's pipeline starts.
        /// </summary>
        public void BeginJob(RecordQueue queue, int width)
        {
            RawUI.Width = width;
            _host.JobUI.Queue = queue;
            _host.ResetExitCode();
            ScriptExit.ReportTopLevelExit(Runspace);
        }

        /// <summary>The job has ended; host text written from now on has nowhere to go.</summary>
        public void EndJob()
        {
            _host.JobUI.Queue = null;
        }

        public void Dispose() { Runspace.Dispose(); }
    }
}
