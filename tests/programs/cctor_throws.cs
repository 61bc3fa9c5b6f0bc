// A static constructor that throws: the caller gets a
// TypeInitializationException with the original as InnerException, the
// type's name and mono's message; every later use of the type throws that
// same exception object again; finally blocks inside the constructor run
// first; the original cannot be caught outside; an exception the
// constructor catches itself changes nothing; a constructor that uses a
// failed type fails in turn, wrapping the first exception.
using System;

class Bad {
    public static int X;
    static Bad() { X = 5; throw new InvalidOperationException("boom"); }
    public static int Get() { return 3; }
}

class Recovers {
    public static int Y;
    static Recovers() {
        try { throw new Exception("inside"); } catch (Exception) { Y = 9; }
    }
}

class Chain {
    public static int Z;
    static Chain() { Z = Bad.Get(); }
}

class WithFinally {
    public static int W;
    static WithFinally() {
        try { throw new ArgumentException("a"); } finally { P.Log += 100; }
    }
}

class Deep {
    public static int V;
    static int Thrower(int n) { if (n == 0) throw new DivideByZeroException(); return Thrower(n - 1) + 1; }
    static Deep() { V = Thrower(5); }
}

class P {
    public static int Log;

    static int Main() {
        int r = 0;
        Exception first = null, second = null;
        try { r += Bad.X; } catch (TypeInitializationException e) { first = e; }
        try { r += Bad.Get(); } catch (TypeInitializationException e) { second = e; }
        if (first != null && object.ReferenceEquals(first, second)) r |= 1;
        if (first.InnerException is InvalidOperationException && first.InnerException.Message == "boom") r |= 2;
        if (((TypeInitializationException)first).TypeName == "Bad") r |= 4;
        if (first.Message == "The type initializer for 'Bad' threw an exception.") r |= 8;
        if (Recovers.Y == 9) r |= 16;
        try { r += Chain.Z; }
        catch (TypeInitializationException e) {
            if (e.TypeName == "Chain" && object.ReferenceEquals(e.InnerException, first)) r |= 32;
        }
        try { r += WithFinally.W; }
        catch (TypeInitializationException e) {
            if (Log == 100 && e.InnerException is ArgumentException) r |= 64;
        }
        try {
            try { r += WithFinally.W; } catch (ArgumentException) { r -= 1000; }
        } catch (TypeInitializationException) {
            if (Log == 100) r |= 128; // not run again: the finally ran once
        }
        try { r += Deep.V; }
        catch (TypeInitializationException e) {
            if (e.InnerException is DivideByZeroException) r |= 256;
        }
        return r == 511 ? 42 : r;
    }
}
