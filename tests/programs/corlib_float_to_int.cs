// Unchecked float-to-integer conversions out of range: ECMA leaves the result
// unspecified; mono on x86-64 gives what SSE truncation gives, and Lucid matches it.
using System;
class CV { static void Main() {
  foreach (var s in new[] { "1e10", "-1e10", "3e9", "-3e9", "NaN", "1e20", "-1e20", "Infinity", "65537.5", "-129.5", "4294967295.5", "9.3e18", "1.8e19", "-1" }) {
    double d = double.Parse(s, System.Globalization.CultureInfo.InvariantCulture);
    Console.WriteLine(s + ": " + unchecked((sbyte)d) + " " + unchecked((byte)d) + " " + unchecked((short)d) + " " + unchecked((ushort)d) + " " + unchecked((int)d) + " " + unchecked((uint)d) + " " + unchecked((long)d) + " " + unchecked((ulong)d) + " " + (int)unchecked((char)d));
    float f = (float)d;
    Console.WriteLine("  f: " + unchecked((int)f) + " " + unchecked((uint)f) + " " + unchecked((long)f) + " " + unchecked((ulong)f));
  }
}}
