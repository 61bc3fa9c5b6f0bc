// A sample Lucid runs today: no Console yet (that needs corlib's internal
// calls), so the answer is the exit code.
class Fib
{
    static int Compute(int n) { return n < 2 ? n : Compute(n - 1) + Compute(n - 2); }

    static int Main() { return Compute(10); }
}
