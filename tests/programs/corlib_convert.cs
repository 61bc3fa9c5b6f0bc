using System;
using System.Globalization;
class Conv {
    static void Main() {
        var inv = CultureInfo.InvariantCulture;
        byte[] data = new byte[20];
        for (int i = 0; i < data.Length; i++) data[i] = (byte)(i * 13 + 250);
        for (int len = 0; len <= 5; len++) Console.WriteLine(len + ": " + Convert.ToBase64String(data, 0, len));
        string b64 = Convert.ToBase64String(data);
        Console.WriteLine(b64);
        Console.WriteLine(BitConverter.ToString(Convert.FromBase64String(b64)) == BitConverter.ToString(data));
        Console.WriteLine(BitConverter.ToString(Convert.FromBase64String("SGVs bG8=\n")) + " " + System.Text.Encoding.ASCII.GetString(Convert.FromBase64String("SGVsbG8gV29ybGQ=")));
        var big = new byte[100];
        Console.WriteLine(Convert.ToBase64String(big, Base64FormattingOptions.InsertLineBreaks).Length);
        char[] chars = new char[8];
        Console.WriteLine(Convert.ToBase64CharArray(data, 0, 4, chars, 0) + " " + new string(chars));
        try { Convert.FromBase64String("abc"); } catch (FormatException) { Console.WriteLine("FormatException bad length"); }
        try { Convert.FromBase64String("ab!="); } catch (FormatException) { Console.WriteLine("FormatException bad char"); }
        Console.WriteLine(Convert.ToString(255, 2) + " " + Convert.ToString(255, 8) + " " + Convert.ToString(-1, 16) + " " + Convert.ToString((short)-1, 2) + " " + Convert.ToString(long.MinValue, 16));
        Console.WriteLine(Convert.ToInt32("ff", 16) + " " + Convert.ToInt32("-101", 2 == 2 ? 10 : 2) + " " + Convert.ToUInt64("ffffffffffffffff", 16) + " " + Convert.ToSByte("80", 16));
        Console.WriteLine(Convert.ChangeType("42", typeof(int)) + " " + Convert.ChangeType(3.7, typeof(int)) + " " + Convert.ChangeType(1, typeof(bool)) + " " + Convert.ChangeType("2.5", typeof(double), inv).GetType().Name);
        Console.WriteLine(Convert.ChangeType(65, typeof(char)) + " " + Convert.ChangeType('A', typeof(int)) + " " + Convert.ChangeType(12.5m, typeof(string), inv) + " " + Convert.ChangeType(null, typeof(string)) + "|");
        Console.WriteLine(Convert.ChangeType(7, TypeCode.Int64).GetType() + " " + Convert.GetTypeCode(1.5f) + " " + Convert.GetTypeCode(null) + " " + Convert.GetTypeCode("s"));
        try { Convert.ChangeType("x", typeof(int)); } catch (FormatException) { Console.WriteLine("FormatException ChangeType"); }
        try { Convert.ChangeType(new object(), typeof(int)); } catch (InvalidCastException e) { Console.WriteLine("InvalidCast: " + e.Message); }
        try { Convert.ToByte(256); } catch (OverflowException e) { Console.WriteLine("Overflow: " + e.Message); }
        Console.WriteLine(Convert.ToBoolean("TRUE") + " " + Convert.ToBoolean(0.0) + " " + Convert.ToInt32(true) + " " + Convert.ToChar(97) + " " + Convert.ToString(true) + " " + Convert.ToDouble('a' - 'A'));
        Console.WriteLine(Convert.ToInt32(null as string) + " " + Convert.ToString(null as object) + "|" + Convert.IsDBNull(DBNull.Value) + " " + Convert.ToDateTime("2000-01-02", inv).Day);
        Console.WriteLine(Convert.ToInt32(-2.5) + " " + Convert.ToInt32(-3.5) + " " + Convert.ToInt64(1e15) + " " + Convert.ToUInt16('z'));
    }
}
