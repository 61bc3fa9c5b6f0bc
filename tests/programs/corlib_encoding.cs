using System;
using System.Text;
class Enc {
    static string Hex(byte[] b) { return BitConverter.ToString(b); }
    static void Main() {
        string s = "Aé€😀";
        Console.WriteLine(Hex(Encoding.UTF8.GetBytes(s)) + " " + Encoding.UTF8.GetByteCount(s));
        Console.WriteLine(Hex(Encoding.Unicode.GetBytes(s)) + " " + Encoding.Unicode.GetByteCount(s));
        Console.WriteLine(Hex(Encoding.BigEndianUnicode.GetBytes("Aé")));
        Console.WriteLine(Hex(Encoding.UTF32.GetBytes("A😀")));
        Console.WriteLine(Hex(Encoding.ASCII.GetBytes(s)) + " " + Encoding.ASCII.GetString(new byte[] { 72, 105, 200 }));
        Console.WriteLine(Hex(Encoding.GetEncoding("ISO-8859-1").GetBytes("é€")) + " " + Encoding.GetEncoding(28591).GetString(new byte[] { 0xE9 }));
        Console.WriteLine(Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(s)) == s);
        Console.WriteLine(Encoding.UTF8.GetString(new byte[] { 0x41, 0xFF, 0x42, 0xC3 }).Length + " " + (int)Encoding.UTF8.GetString(new byte[] { 0xFF })[0]);
        Console.WriteLine(Hex(Encoding.UTF8.GetPreamble()) + " " + Hex(Encoding.Unicode.GetPreamble()) + " " + new UTF8Encoding(false).GetPreamble().Length);
        Console.WriteLine(Encoding.UTF8.WebName + " " + Encoding.Unicode.WebName + " " + Encoding.ASCII.WebName + " " + Encoding.UTF8.CodePage + " " + Encoding.Default.CodePage);
        Console.WriteLine(Encoding.UTF8.GetCharCount(new byte[] { 0xE2, 0x82, 0xAC, 0x41 }) + " " + Encoding.UTF8.GetMaxByteCount(10) + " " + Encoding.Unicode.GetMaxCharCount(10));
        try { new UTF8Encoding(false, true).GetString(new byte[] { 0xFF }); } catch (DecoderFallbackException) { Console.WriteLine("DecoderFallbackException"); }
        var dec = Encoding.UTF8.GetDecoder();
        var chars = new char[4];
        int n1 = dec.GetChars(new byte[] { 0xE2, 0x82 }, 0, 2, chars, 0);
        int n2 = dec.GetChars(new byte[] { 0xAC }, 0, 1, chars, n1);
        Console.WriteLine(n1 + " " + n2 + " " + chars[0]);
        var bytes = new byte[10];
        int written = Encoding.ASCII.GetBytes("hello", 1, 3, bytes, 2);
        Console.WriteLine(written + " " + Hex(bytes));
        Console.WriteLine(Encoding.GetEncoding("utf-8") == Encoding.UTF8 || Encoding.GetEncoding("utf-8").Equals(Encoding.UTF8));
        Console.WriteLine(Encoding.Convert(Encoding.Unicode, Encoding.UTF8, Encoding.Unicode.GetBytes("ok€")).Length);
        Console.WriteLine(Hex(Encoding.UTF7.GetBytes("A+é")));
    }
}
