using System;
class BitConv {
    static void Main() {
        Console.WriteLine(BitConverter.IsLittleEndian);
        Console.WriteLine(BitConverter.ToString(BitConverter.GetBytes(0x12345678)));
        Console.WriteLine(BitConverter.ToString(BitConverter.GetBytes((short)-2)));
        Console.WriteLine(BitConverter.ToString(BitConverter.GetBytes(long.MinValue)));
        Console.WriteLine(BitConverter.ToString(BitConverter.GetBytes(1.0)));
        Console.WriteLine(BitConverter.ToString(BitConverter.GetBytes(-1.5f)));
        Console.WriteLine(BitConverter.ToString(BitConverter.GetBytes(true)) + " " + BitConverter.ToString(BitConverter.GetBytes('A')) + " " + BitConverter.ToString(BitConverter.GetBytes(ushort.MaxValue)));
        byte[] b = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 };
        Console.WriteLine(BitConverter.ToInt32(b, 0) + " " + BitConverter.ToInt16(b, 3) + " " + BitConverter.ToUInt32(b, 6) + " " + BitConverter.ToInt64(b, 1) + " " + BitConverter.ToUInt16(b, 8));
        Console.WriteLine(BitConverter.ToDouble(BitConverter.GetBytes(Math.PI), 0) + " " + BitConverter.ToSingle(new byte[] { 0, 0, 0x80, 0x3f }, 0) + " " + BitConverter.ToBoolean(b, 0) + " " + BitConverter.ToChar(new byte[] { 0x41, 0 }, 0));
        Console.WriteLine(BitConverter.ToString(b, 2) + " " + BitConverter.ToString(b, 2, 3) + " [" + BitConverter.ToString(new byte[0]) + "]");
        Console.WriteLine(BitConverter.DoubleToInt64Bits(1.0).ToString("X16") + " " + BitConverter.Int64BitsToDouble(0x4000000000000000));
        try { BitConverter.ToInt32(b, 8); } catch (ArgumentException e) { Console.WriteLine(e.GetType().Name); }
        try { BitConverter.ToInt32(null, 0); } catch (ArgumentNullException e) { Console.WriteLine("ANE " + e.ParamName); }
        try { BitConverter.ToInt32(b, -1); } catch (ArgumentOutOfRangeException e) { Console.WriteLine("AOORE " + e.ParamName); }
    }
}
