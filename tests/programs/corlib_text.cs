using System;
using System.Text;
class TextTest {
    static void Main() {
        byte[] utf8 = Encoding.UTF8.GetBytes("héllo €");
        Console.WriteLine(utf8.Length + " " + BitConverter.ToString(utf8));
        Console.WriteLine(Encoding.UTF8.GetString(utf8) == "héllo €");
        Console.WriteLine(Encoding.ASCII.GetString(Encoding.ASCII.GetBytes("plain")) + " " + Encoding.Unicode.GetByteCount("ab"));
        Console.WriteLine(Convert.ToBase64String(new byte[] { 1, 2, 3, 250 }) + " " + Convert.FromBase64String("AQID+g==").Length);
        Console.WriteLine(Convert.ToString(-5, 2).Length + " " + Convert.ToInt64("ff", 16) + " " + Convert.ToByte("7"));
        var sb = new StringBuilder("abc");
        sb.Append('x', 3).Append(1.5).Append(true).Insert(1, "--").Remove(0, 1);
        Console.WriteLine(sb + " " + sb.Length + " " + sb[2]);
        sb.Length = 4;
        Console.WriteLine(sb.ToString().ToUpperInvariant());
        Console.WriteLine(string.Format("|{0,6:F1}|{1,-6}|{2:0000}|{3:#,0}|", 3.14159, "ab", 42, 1234567));
        Console.WriteLine(string.Format("{0:C}", 12.5).Length > 0);
        Console.WriteLine($"interp {1 + 1} {"s",3} {2.5:F2}");
        Console.WriteLine("a,b;c d".Split(new[] { ',', ';', ' ' }, StringSplitOptions.RemoveEmptyEntries).Length);
        Console.WriteLine(string.Join("|", "one  two".Split(new[] { ' ' }, StringSplitOptions.None)));
        Console.WriteLine("Hello".CompareTo("Help") + " " + string.Compare("a", "A", StringComparison.OrdinalIgnoreCase) + " " + "ABC".Equals("abc", StringComparison.OrdinalIgnoreCase));
        Console.WriteLine("tEsT".ToUpper() + " " + char.ToLower('Q') + " " + "x".PadLeft(3, '0'));
        Console.WriteLine("hello world".IndexOf("o", 5) + " " + "hello".LastIndexOf("l") + " " + "abcabc".IndexOfAny(new[] { 'c', 'b' }));
        Console.WriteLine(string.Concat(new[] { "x", "y" }) + string.Join(",", new object[] { 1, null, "z" }));
        char[] buffer = new char[5];
        "abcdef".CopyTo(1, buffer, 0, 5);
        Console.WriteLine(new string(buffer) + " " + "  ".Length);
    }
}
