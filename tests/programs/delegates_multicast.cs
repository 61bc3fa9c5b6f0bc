// Multicast delegates through corlib's own Delegate.Combine and Remove:
// every target runs in order and the last result is returned; += and -=
// on locals and on events; removing from the middle, the end, a whole
// sub-list, something absent, everything (null); static, instance and
// closure targets mixed; ref parameters seen by each target in turn; a
// struct result; an exception from the middle target stops the chain;
// GetInvocationList; equality of lists; a generic delegate; many
// combinations, and targets that allocate, while the GC runs.
using System;

delegate int Op(int x);
delegate void Step(ref int total);
delegate Pair MakePair(int seed);

struct Pair {
    public long A, B;
}

class Counter {
    public int Hits;
    public int Bump(int x) { Hits++; P.Log = P.Log * 10 + 3; return x + 100; }
}

class Button {
    public event Action Clicked;
    public void Click() { if (Clicked != null) Clicked(); }
}

class P {
    public static int Log;
    static int A(int x) { Log = Log * 10 + 1; return x + 1; }
    static int B(int x) { Log = Log * 10 + 2; return x * 2; }
    static void Double(ref int t) { t *= 2; }
    static void AddOne(ref int t) { t += 1; }
    static Pair First(int s) { return new Pair { A = s, B = 1 }; }
    static Pair Second(int s) { return new Pair { A = s * 10, B = 2 }; }
    static void Churn() {
        for (int i = 0; i < 5000; i++) {
            object[] garbage = new object[10];
            garbage[1] = garbage;
        }
    }
    static int Thrower(int x) { Log = Log * 10 + 9; throw new InvalidOperationException("stop"); }

    static int Main() {
        int r = 0;
        Op a = A, b = B;
        Counter counter = new Counter();
        Op c = counter.Bump;
        Op abc = a + b + c;
        Log = 0;
        if (abc(5) == 105 && Log == 123 && counter.Hits == 1) r |= 1;
        Op acb = abc - b + b;                               // remove from the middle, add at the end
        Log = 0;
        if (acb(1) == 2 && Log == 132) r |= 2;
        Op withoutAll = abc - a - b - c;
        // (mono's corlib leaves an empty list, not null, when a whole list is
        // removed at once)
        if (withoutAll == null && (abc - (a + b + c)).GetInvocationList().Length == 0) r |= 4;
        Op sub = (a + b + c + a) - (b + c);                  // a whole sub-list
        Log = 0;
        sub(0);
        if (Log == 11 && sub.GetInvocationList().Length == 2) r |= 8;
        Op unchanged = abc - new Op(Thrower);
        if (unchanged.GetInvocationList().Length == 3 && unchanged.Equals(abc) && (a + b).Equals(a + b)) r |= 16;
        int seen = 0;
        Op closure = x => { seen += x; return seen; };
        Op mixed = closure + a + closure;
        Log = 0;
        if (mixed(4) == 8 && seen == 8 && Log == 1) r |= 32;
        Step steps = Double;
        steps += AddOne;
        steps += Double;
        int total = 3;
        steps(ref total);
        if (total == 14) r |= 64;
        MakePair pairs = First;
        pairs += Second;
        Pair last = pairs(7);
        if (last.A == 70 && last.B == 2) r |= 128;
        Op failing = a + new Op(Thrower) + b;
        Log = 0;
        try {
            failing(1);
        } catch (InvalidOperationException e) {
            if (Log == 19 && e.Message == "stop") r |= 256;
        }
        Button button = new Button();
        int clicks = 0;
        Action one = () => clicks += 1;
        Action ten = () => clicks += 10;
        button.Clicked += one;
        button.Clicked += ten;
        button.Click();
        button.Clicked -= one;
        button.Click();
        button.Clicked -= ten;
        button.Click();
        if (clicks == 21) r |= 512;
        Func<int, int> f = x => x + 1;
        f += x => x * 3;
        if (f(5) == 15) r |= 1024;
        Op many = null;
        for (int i = 0; i < 300; i++) {
            many += (i % 2 == 0) ? a : b;
            object[] garbage = new object[50];
            garbage[0] = garbage;
        }
        Log = 0;
        many -= b;                                           // the last b goes
        if (many.GetInvocationList().Length == 299) r |= 2048;
        // the argument lives only in the multicast call's frame while the
        // targets allocate
        Func<object, int> reader = o => { Churn(); return ((int[])o)[0]; };
        reader += o => { Churn(); return ((int[])o)[1] * 10 + ((int[])o)[0]; };
        if (reader(new int[] { 5, 6 }) == 65) r |= 4096;
        return r == 8191 ? 42 : r;
    }
}
