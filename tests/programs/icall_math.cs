// System.Math and System.MathF internal calls: exact results where IEEE
// defines them, round-half-to-even rounding, float32 results rounded.
// Arguments come from variables: mono's JIT folds Math.Round of a constant
// with the wrong rounding (Math.Round(2.5) gives 3 there, 2 otherwise).
using System;

class Program {
    static double two = 2.0, twoAndHalf = 2.5, threeAndHalf = 3.5;
    static int Main() {
        int failures = 0;
        if (Math.Sqrt(two) != 1.4142135623730951) failures |= 1;
        if (Math.Round(twoAndHalf) != 2.0 || Math.Round(threeAndHalf) != 4.0 || Math.Round(-twoAndHalf) != -2.0) failures |= 2;
        if (Math.Floor(-1.5) != -2.0 || Math.Ceiling(-1.5) != -1.0) failures |= 4;
        if (Math.Abs(-3.25) != 3.25 || Math.Abs(-1.5f) != 1.5f) failures |= 8;
        if (Math.Pow(2.0, 10.0) != 1024.0 || Math.Log10(1000.0) != 3.0 || Math.Exp(0.0) != 1.0) failures |= 16;
        if (Math.Abs(Math.Atan2(1.0, 1.0) * 4.0 - Math.PI) > 1e-15) failures |= 32;
        if (MathF.Sqrt(2f) != 1.41421354f) failures |= 64;
        float f = MathF.Sin(1f);
        if (f != (float)f || Math.Abs(f - 0.841470957f) > 1e-7f) failures |= 128;
        if (Math.Sin(0.0) != 0.0 || Math.Cos(0.0) != 1.0 || Math.Tanh(0.0) != 0.0) failures |= 256;
        if (!double.IsNaN(Math.Sqrt(-1.0)) || !double.IsNaN(Math.Log(-1.0))) failures |= 512;
        if (Math.Cbrt(27.0) != 3.0 || Math.Round(0.49999999999999994 * (two - 1.0)) != 0.0) failures |= 1024;
        return failures;
    }
}
