// The job's console window: as wide as the admin setting outputWidth, so scripts that size their output
// to $Host.UI.RawUI get the width the job's formatter uses. There is no screen buffer or keyboard.
using System;
using System.Management.Automation;
using System.Management.Automation.Host;

namespace Baton.PwshHost
{
    public sealed class JobHostRawUserInterface : PSHostRawUserInterface
    {
        private const int Height = 50;
        private const int BufferHeight = 3000;
        private int _width = 120;

        /// <summary>Columns of the job's console; set per job before the runbook starts.</summary>
        public int Width
        {
            get { return _width; }
            set
            {
                if (value < 1) throw new ArgumentOutOfRangeException("value", "The console width must be at least 1.");
                _width = value;
            }
        }

        // -1 is "the terminal's default", what pwsh reports on Linux; Write-Host then adds no colour.
        public override ConsoleColor ForegroundColor { get; set; } = (ConsoleColor)(-1);

        public override ConsoleColor BackgroundColor { get; set; } = (ConsoleColor)(-1);

        public override Coordinates CursorPosition { get; set; }

        public override Coordinates WindowPosition { get; set; }

        public override int CursorSize { get; set; } = 25;

        public override string WindowTitle { get; set; } = "";

        public override Size BufferSize
        {
            get { return new Size(_width, BufferHeight); }
            set { throw ResizeRefused(); }
        }

        public override Size WindowSize
        {
            get { return new Size(_width, Height); }
            set { throw ResizeRefused(); }
        }

        public override Size MaxWindowSize { get { return new Size(_width, Height); } }

        public override Size MaxPhysicalWindowSize { get { return new Size(_width, Height); } }

        public override bool KeyAvailable { get { return false; } }

        public override KeyInfo ReadKey(ReadKeyOptions options) { throw PromptRefusal.Create("ReadKey"); }

        public override void FlushInputBuffer() { }

        public override BufferCell[,] GetBufferContents(Rectangle rectangle) { throw NoScreenBuffer(); }

        public override void SetBufferContents(Coordinates origin, BufferCell[,] contents) { throw NoScreenBuffer(); }

        public override void SetBufferContents(Rectangle rectangle, BufferCell fill) { throw NoScreenBuffer(); }

        public override void ScrollBufferContents(Rectangle source, Coordinates destination, Rectangle clip, BufferCell fill) { throw NoScreenBuffer(); }

        private Exception ResizeRefused()
        {
            return new PSNotSupportedException(string.Format(System.Globalization.CultureInfo.InvariantCulture,
                "A Baton job's console is {0} columns wide (the administrator's outputWidth setting); a runbook cannot resize it.", _width));
        }

        private static Exception NoScreenBuffer()
        {
            return new PSNotSupportedException("A Baton job has no screen buffer: its output is a stream of lines.");
        }
    }
}
