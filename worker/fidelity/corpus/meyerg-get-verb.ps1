# From meyerg1980/Scripts, formatting.ps1 (commit 0f79311). Trimmed to its `Get-Verb | fl *` line (long
# Format-List output); the rest opens editors, installs modules or lists the machine's processes.
Get-Verb | fl *
