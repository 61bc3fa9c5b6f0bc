// Exceptions in flight, objects held across finally and filter blocks that
// allocate, survive collections.
using System;

class Payload { public int[] data; public Payload(int n) { data = new int[n]; for (int i = 0; i < n; i++) data[i] = i; } }
class Failure : Exception { public Payload payload; public Failure(Payload p) { payload = p; } }

class Program {
    static int sink;
    static void Churn() {
        for (int i = 0; i < 40000; i++) { object o = new Payload(i % 7 + 1); sink += ((Payload)o).data.Length; }
    }
    static bool Filter(Failure f) { Churn(); return f.payload.data[9] == 9; }

    static int Thrower(int depth) {
        Payload held = new Payload(5);
        try {
            if (depth == 0) throw new Failure(new Payload(10));
            return Thrower(depth - 1) + held.data[4];
        } finally {
            Churn();
            if (held.data[4] != 4) sink = -1000000;
        }
    }

    static int Main() {
        int failures = 0;
        try {
            Thrower(5);
        } catch (Failure f) when (Filter(f)) {
            Churn();
            int sum = 0;
            foreach (int x in f.payload.data) sum += x;
            if (sum != 45) failures |= 1;
        }
        if (sink < 0) failures |= 2;
        // an exception kept in a local after its handler
        Exception kept = null;
        try { throw new Failure(new Payload(3)); } catch (Exception e) { kept = e; }
        Churn();
        if (((Failure)kept).payload.data[2] != 2) failures |= 4;
        // runtime exceptions raised while the heap is full of garbage
        int caught = 0;
        for (int i = 0; i < 2000; i++) {
            try { object o = null; o.GetHashCode(); } catch (NullReferenceException) { caught++; }
            try { int[] a = new int[1]; a[i + 1] = 1; } catch (IndexOutOfRangeException) { caught++; }
        }
        if (caught != 4000) failures |= 8;
        return failures;
    }
}
