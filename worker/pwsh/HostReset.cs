// What a shared host undoes between two jobs of its runbook (host.ps1, README › Job isolation). A job in
// its own process needs none of it: the process ends with the job.
using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.IO;

namespace Baton.PwshHost
{
    public sealed class HostReset
    {
        private readonly Dictionary<string, string> _environment = new Dictionary<string, string>(StringComparer.Ordinal);
        private readonly string _directory;
        private readonly string _tempDirectory;

        /// <summary>Remembers the process environment and working directory as they are before the first job.</summary>
        public HostReset(string tempDirectory)
        {
            foreach (DictionaryEntry entry in Environment.GetEnvironmentVariables())
                _environment[(string)entry.Key] = (string)entry.Value;
            _directory = Environment.CurrentDirectory;
            _tempDirectory = tempDirectory;
        }

        /// <summary>
        /// After a job: ends the processes it started and left running, restores the environment
        /// variables and working directory, and empties the job's HOME/TMPDIR (its script, its files).
        /// Returns how many processes it ended.
        /// </summary>
        public int AfterJob()
        {
            var ended = KillChildren();
            RestoreEnvironment();
            Environment.CurrentDirectory = _directory;
            EmptyDirectory(_tempDirectory);
            return ended;
        }

        private void RestoreEnvironment()
        {
            foreach (DictionaryEntry entry in Environment.GetEnvironmentVariables())
            {
                var name = (string)entry.Key;
                if (!_environment.ContainsKey(name)) Environment.SetEnvironmentVariable(name, null);
            }
            foreach (var pair in _environment)
            {
                if (Environment.GetEnvironmentVariable(pair.Key) != pair.Value) Environment.SetEnvironmentVariable(pair.Key, pair.Value);
            }
        }

        private static void EmptyDirectory(string path)
        {
            var directory = new DirectoryInfo(path);
            if (!directory.Exists) return;
            foreach (var entry in directory.EnumerateFileSystemInfos())
            {
                try
                {
                    // A symlink is removed as a link, never followed.
                    if (entry is DirectoryInfo sub && (entry.Attributes & FileAttributes.ReparsePoint) == 0) sub.Delete(true);
                    else entry.Delete();
                }
                catch (IOException) { }
                catch (UnauthorizedAccessException) { }
            }
        }

        // The processes a job started are this host's children and their trees; one that detached itself
        // to init escapes this, as it escapes a process-mode job's end unless it kept the process group.
        private static int KillChildren()
        {
            var ended = 0;
            foreach (var pid in Children())
            {
                try
                {
                    using (var process = System.Diagnostics.Process.GetProcessById(pid)) process.Kill(true);
                    ended++;
                }
                catch (ArgumentException) { }
                catch (InvalidOperationException) { }
                catch (System.ComponentModel.Win32Exception) { }
            }
            return ended;
        }

        // /proc/self/task/<tid>/children lists each thread's children (a few dozen small reads); a kernel
        // without it (CONFIG_PROC_CHILDREN) gets a scan of every process's parent.
        private static List<int> Children()
        {
            var children = new List<int>();
            try
            {
                foreach (var task in Directory.EnumerateDirectories("/proc/self/task"))
                {
                    foreach (var field in File.ReadAllText(Path.Combine(task, "children")).Split(' ', StringSplitOptions.RemoveEmptyEntries))
                    {
                        int pid;
                        if (int.TryParse(field, NumberStyles.None, CultureInfo.InvariantCulture, out pid)) children.Add(pid);
                    }
                }
                return children;
            }
            catch (FileNotFoundException) { }
            catch (DirectoryNotFoundException) { }
            children.Clear();
            var self = Environment.ProcessId;
            foreach (var dir in Directory.EnumerateDirectories("/proc"))
            {
                int pid;
                int parent;
                if (int.TryParse(Path.GetFileName(dir), NumberStyles.None, CultureInfo.InvariantCulture, out pid) && TryReadParent(dir, out parent) && parent == self) children.Add(pid);
            }
            return children;
        }

        // /proc/<pid>/stat: "pid (comm) state ppid ..."; comm may hold spaces and parentheses, so parse after the last ')'.
        private static bool TryReadParent(string dir, out int parent)
        {
            parent = 0;
            string stat;
            try { stat = File.ReadAllText(Path.Combine(dir, "stat")); }
            catch (IOException) { return false; }
            catch (UnauthorizedAccessException) { return false; }
            var close = stat.LastIndexOf(')');
            if (close < 0) return false;
            var fields = stat.Substring(close + 2).Split(' ');
            return fields.Length > 1 && int.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out parent);
        }
    }
}
