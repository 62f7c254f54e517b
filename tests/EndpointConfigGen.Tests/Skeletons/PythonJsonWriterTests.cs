extern alias runtime;

using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using runtime::EndpointConfigGen.Runtime;
using EndpointConfigGen.TestSupport;

namespace EndpointConfigGen.Tests.Skeletons;

/// <summary>
/// The one <c>json.dumps</c> writer behind skeletons, CLI output and JMESPath's <c>to_string</c>, against Python's own,
/// in each form those use: <c>indent=4</c> or <c>separators=(',', ':')</c>, with and without <c>ensure_ascii</c>.
/// </summary>
public class PythonJsonWriterTests
{
    private static readonly string[] Values =
    [
        """{"a":1,"b":[true,false,null],"c":{},"d":[],"e":{"f":[{"g":"h"}]}}""",
        """["caf\u00e9","\ud83d\ude00","\u0000\u001f\u007f\u0080","tab\tnew\nline\r","quote\"back\\slash","\b\f","/","\u2028\ufeff"]""",
        """{"":"","nested":[[[]],[{}],[[1,2.5,-3e-05]]]}""",
        """[]""",
        """{}""",
        "\"only\"",
        "0.1",
    ];

    [Theory]
    [InlineData(true, true)]
    [InlineData(true, false)]
    [InlineData(false, true)]
    [InlineData(false, false)]
    public void Writes_what_python_json_dumps_writes(bool indented, bool ensureAscii)
    {
        var expected = Python(indented, ensureAscii);
        for (var i = 0; i < Values.Length; i++)
        {
            var text = new StringBuilder();
            using (var document = JsonDocument.Parse(Values[i]))
            {
                Write(new PythonJsonWriter(text, indented, ensureAscii), document.RootElement);
            }

            Assert.Equal(expected[i], text.ToString());
        }
    }

    private static void Write(PythonJsonWriter writer, JsonElement value)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                writer.StartObject();
                foreach (var property in value.EnumerateObject())
                {
                    writer.PropertyName(property.Name);
                    Write(writer, property.Value);
                }

                writer.EndObject();
                break;
            case JsonValueKind.Array:
                writer.StartArray();
                foreach (var item in value.EnumerateArray())
                {
                    Write(writer, item);
                }

                writer.EndArray();
                break;
            case JsonValueKind.String:
                writer.StringValue(value.GetString()!);
                break;
            default:
                // Numbers here are already in Python's form, so their text is what json.dumps writes.
                writer.RawValue(value.GetRawText());
                break;
        }
    }

    private static List<string> Python(bool indented, bool ensureAscii)
    {
        const string Script = """
            import json, sys
            indented, ensure_ascii = sys.argv[1] == 'True', sys.argv[2] == 'True'
            options = {'indent': 4} if indented else {'separators': (',', ':')}
            values = json.loads(sys.stdin.buffer.read().decode('utf-8'))
            sys.stdout.buffer.write(json.dumps([json.dumps(json.loads(v), ensure_ascii=ensure_ascii, **options) for v in values]).encode('utf-8'))
            """;
        var python = ProcessRunner.Run("python3", ["-c", Script, indented.ToString(), ensureAscii.ToString()], new ProcessOptions { Stdin = JsonSerializer.Serialize(Values) });
        Assert.True(python.ExitCode == 0, python.Stderr);
        return JsonSerializer.Deserialize<List<string>>(python.Stdout)!;
    }
}
