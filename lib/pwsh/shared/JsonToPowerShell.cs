// Turns JSON into PowerShell values: the job host's spec (worker/pwsh) and the web service's
// parameter check (lib/pwsh/helper) both load this one file, so the check binds exactly the values a
// job will bind. ConvertFrom-Json is not used because it turns ISO-8601 strings into DateTime (a
// [string] parameter would lose its literal text) before 7.5's -DateKind exists; here strings stay
// strings and the parameter binder does every conversion.
using System;
using System.Collections;
using System.Collections.Generic;
using System.Text.Json;

namespace Baton.PwshHost
{
    public static class JsonToPowerShell
    {
        public static object Parse(string json)
        {
            using (var doc = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 256 }))
            {
                return Convert(doc.RootElement);
            }
        }

        private static object Convert(JsonElement e)
        {
            switch (e.ValueKind)
            {
                case JsonValueKind.Object:
                    var table = new Hashtable(StringComparer.OrdinalIgnoreCase);
                    foreach (var p in e.EnumerateObject()) table[p.Name] = Convert(p.Value);
                    return table;
                case JsonValueKind.Array:
                    var list = new List<object>();
                    foreach (var item in e.EnumerateArray()) list.Add(Convert(item));
                    return list.ToArray();
                case JsonValueKind.String: return e.GetString();
                case JsonValueKind.Number:
                    int i; long l;
                    if (e.TryGetInt32(out i)) return i;
                    if (e.TryGetInt64(out l)) return l;
                    return e.GetDouble();
                case JsonValueKind.True: return true;
                case JsonValueKind.False: return false;
                default: return null;
            }
        }
    }
}
