// mcs-options: -r:System.Numerics.dll
using System;
using System.Globalization;
using System.Numerics;
class BigIntTest {
    static BigInteger Factorial(int n) { BigInteger r = BigInteger.One; for (int i = 2; i <= n; i++) r *= i; return r; }
    static void Main() {
        var f = Factorial(30);
        Console.WriteLine(f + " " + f.ToString().Length + " " + f.IsEven + " " + f.Sign);
        var a = BigInteger.Parse("123456789012345678901234567890");
        var b = new BigInteger(987654321);
        Console.WriteLine(a + b + " " + (a - b) + " " + a * b + " " + a / b + " " + a % b + " " + (-a));
        BigInteger rem; Console.WriteLine(BigInteger.DivRem(a, b, out rem) + " " + rem);
        Console.WriteLine(BigInteger.Pow(2, 100) + " " + BigInteger.ModPow(3, 200, 1000007) + " " + BigInteger.GreatestCommonDivisor(462, 1071) + " " + BigInteger.Abs(-a));
        Console.WriteLine((BigInteger.One << 70) + " " + (BigInteger.Pow(2, 70) >> 65) + " " + (a & 0xFFFF) + " " + (a | 1) + " " + (a ^ a) + " " + (~BigInteger.Zero));
        Console.WriteLine(a.CompareTo(b) + " " + (a > b) + " " + (b == 987654321) + " " + BigInteger.Max(a, b).Equals(a) + " " + BigInteger.Min(-a, b).Sign);
        Console.WriteLine(BigInteger.Parse("ff", NumberStyles.HexNumber) + " " + BigInteger.Parse("0ff", NumberStyles.HexNumber) + " " + new BigInteger(255).ToString("X") + " " + new BigInteger(-1).ToString("X") + " " + a.ToString("N0", CultureInfo.InvariantCulture));
        Console.WriteLine(BitConverter.ToString(new BigInteger(256).ToByteArray()) + " " + BitConverter.ToString(new BigInteger(-129).ToByteArray()) + " " + new BigInteger(new byte[] { 0x00, 0x01 }));
        Console.WriteLine((long)b + " " + (double)BigInteger.Pow(10, 20) + " " + new BigInteger(1e20) + " " + new BigInteger(123.99) + " " + (BigInteger)decimal.MaxValue);
        try { var x = (long)f; Console.WriteLine(x); } catch (OverflowException) { Console.WriteLine("OverflowException"); }
        try { Console.WriteLine(a / BigInteger.Zero); } catch (DivideByZeroException) { Console.WriteLine("DivideByZeroException"); }
        BigInteger parsed; Console.WriteLine(BigInteger.TryParse("12x", out parsed) + " " + BigInteger.TryParse("-000042", out parsed) + " " + parsed);
        Console.WriteLine(BigInteger.Log10(BigInteger.Pow(10, 50)).ToString("F6", CultureInfo.InvariantCulture) + " " + BigInteger.Log(1024, 2).ToString("F6", CultureInfo.InvariantCulture));
        var fib = new BigInteger[2] { 0, 1 };
        for (int i = 0; i < 200; i++) { var n = fib[0] + fib[1]; fib[0] = fib[1]; fib[1] = n; }
        Console.WriteLine(fib[0]);
        Console.WriteLine(BigInteger.Zero.IsZero + " " + BigInteger.One.IsOne + " " + BigInteger.MinusOne + " " + a.GetHashCode().Equals(BigInteger.Parse(a.ToString()).GetHashCode()));
        var c = new Complex(3, 4);
        Console.WriteLine(Complex.Abs(c) + " " + (c * Complex.Conjugate(c)).Real + " " + (c + Complex.One).Imaginary);
    }
}
