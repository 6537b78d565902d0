// Colour as data: records keep the text as a VT terminal would receive it (`ansi`) beside the plain
// text, which is what pwsh prints with $PSStyle.OutputRendering = PlainText. Both conversions are
// PowerShell's own, so Baton's idea of a colour or an escape sequence is pwsh's.
using System;
using System.Management.Automation;
using System.Management.Automation.Internal;

namespace Baton.PwshHost
{
    public static class AnsiText
    {
        private const string Reset = "\u001b[0m";

        /// <summary>The text without VT sequences (SGR colours, hyperlinks, cursor modes), as PlainText rendering prints it.</summary>
        public static string Plain(string text)
        {
            if (string.IsNullOrEmpty(text) || text.IndexOf('\u001b') < 0) return text ?? "";
            return new StringDecorated(text).ToString(OutputRendering.PlainText);
        }

        /// <summary>
        /// Text in console colours as pwsh's console host writes it (Write-Host -ForegroundColor);
        /// colours outside 0-15 (-1: the console's default) add nothing.
        /// </summary>
        public static string Colour(string text, ConsoleColor foreground, ConsoleColor background)
        {
            var fg = IsColour(foreground) ? PSStyle.MapForegroundColorToEscapeSequence(foreground) : "";
            var bg = IsColour(background) ? PSStyle.MapBackgroundColorToEscapeSequence(background) : "";
            if (fg.Length == 0 && bg.Length == 0 || text.Length == 0) return text;
            return fg + bg + text + Reset;
        }

        public static bool IsColour(ConsoleColor colour)
        {
            return colour >= ConsoleColor.Black && colour <= ConsoleColor.White;
        }
    }
}
