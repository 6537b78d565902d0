// The runspace a job's runbook runs in, with Baton's PSHost. What a runbook's environment is made of is
// decided here (the session state comes from initialize-automation.ps1); host.ps1 opens one per process
// before its job arrives and calls BeginJob/EndJob around the job.
using System;
using System.Management.Automation.Runspaces;
using System.Threading;

namespace Baton.PwshHost
{
    public sealed class JobRunspace : IDisposable
    {
        private readonly JobHost _host;

        private readonly ManualResetEventSlim _settled = new ManualResetEventSlim(false);

        public JobRunspace(InitialSessionState state) : this(state, true) { }

        private JobRunspace(InitialSessionState state, bool wait)
        {
            var rawUI = new JobHostRawUserInterface();
            _host = new JobHost(new JobHostUserInterface(rawUI));
            Runspace = RunspaceFactory.CreateRunspace(_host, state);
            if (wait)
            {
                Runspace.Open();
                _settled.Set();
                return;
            }
            // Open, not OpenAsync, on a pool thread: a runspace opened with OpenAsync took ~40 ms of CPU
            // to dispose, against well under 1 ms for one opened with Open.
            ThreadPool.QueueUserWorkItem(_ =>
            {
                try { Runspace.Open(); }
                catch (Exception) { }
                finally { _settled.Set(); }
            });
        }

        /// <summary>
        /// A runspace that opens on a thread of its own: a shared host opens its next job's runspace
        /// while it waits for that job (host.ps1). Call WaitUntilOpen before using it.
        /// </summary>
        public static JobRunspace OpenInBackground(InitialSessionState state) { return new JobRunspace(state, false); }

        /// <summary>Blocks until the runspace has opened; throws why it could not.</summary>
        public JobRunspace WaitUntilOpen()
        {
            _settled.Wait();
            var info = Runspace.RunspaceStateInfo;
            if (info.State != RunspaceState.Opened) throw new InvalidOperationException("The job's runspace could not be opened: " + (info.Reason != null ? info.Reason.Message : info.State.ToString()), info.Reason);
            return this;
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

        public void Dispose()
        {
            Runspace.Dispose();
            _settled.Dispose();
        }
    }
}
