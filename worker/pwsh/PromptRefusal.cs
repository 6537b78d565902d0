// Why a job cannot prompt, said where it fails. pwsh -NonInteractive answers "Read and Prompt
// functionality is not available"; a job has no console at all, so the message names the way out.
using System.Management.Automation;

namespace Baton.PwshHost
{
    public static class PromptRefusal
    {
        private const string Why = "a Baton job runs without a console or a user to answer (the host does not support user interaction).";

        public static PSInvalidOperationException Create(string kind)
        {
            string message;
            switch (kind)
            {
                case "PromptForChoice":
                    message = "Cannot ask for confirmation: " + Why + " Call the command with -Confirm:$false to go ahead, or -WhatIf to see what it would do.";
                    break;
                case "PromptForCredential":
                    message = "Cannot prompt for a credential: " + Why + " Read a credential asset with Get-AutomationPSCredential, or pass a PSCredential parameter.";
                    break;
                default:
                    message = "Cannot read input: " + Why + " Pass the value as a runbook parameter or read it from an asset.";
                    break;
            }
            return new PSInvalidOperationException(message);
        }
    }
}
