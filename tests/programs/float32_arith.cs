// float32 arithmetic that is never stored: the sum, product or quotient
// of two float32 values is compared, returned or passed on directly. Mono
// (like the CLR) computes float32 operations in single precision, so
// 0.1f + 0.2f == 0.3f holds even before any store rounds the result, and
// a float-returning method returns a rounded value.
class P {
    static float Add(float a, float b) { return a + b; }
    static float Mul(float a, float b) { return a * b; }
    static double Widen(float f) { return f; }

    static int Main() {
        float a = 0.1f, b = 0.2f;
        if (!(a + b == 0.3f)) return 1;
        if (Add(a, b) != 0.3f) return 2;
        if ((double)(a + b) != 0.30000001192092896) return 3;
        if (Widen(a + b) != 0.30000001192092896) return 4;
        float third = 1f;
        third = third / 3f;
        if (third * 3f != 1f) return 5;
        float big = 16777216f, one = 1f;
        if (big + one != big) return 6;
        if (Mul(1.1f, 1.1f) != 1.21000003814697265625f) return 7;
        return 0;
    }
}
