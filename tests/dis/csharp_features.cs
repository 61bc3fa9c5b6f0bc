// csharp_features.cs - what mcs emits for the C# features a runtime meets
// in ordinary programs, compiled with `mcs -target:library -unsafe`:
// generics (types, methods, constraints), lambdas and closures (display
// classes, cached delegates), iterators (state machines, one with a
// finally around its yields), unsafe code (fixed statements, which give pinned
// locals; stackalloc, which gives localloc; pointer arithmetic),
// fixed-size buffers, __arglist, switch on strings (a hash or an
// if-chain) and on dense integers (a switch table), try/catch/finally and
// exception filters (when), nested types, events, properties, indexers,
// operator overloads, enums, structs, default and params parameters,
// checked arithmetic and decimal constants.
//
// It is compiled, not run: tests/run compares the instruction stream that
// `lucid dis` prints for every method body with monodis's.
using System;
using System.Collections.Generic;

namespace Features
{
    public enum Suit : byte { Clubs = 1, Diamonds, Hearts = 10, Spades }

    [Flags]
    public enum Access : long { None = 0, Read = 1, Write = 2, All = Read | Write, High = 1L << 40 }

    public struct Point : IEquatable<Point>
    {
        public int X, Y;

        public Point(int x, int y) { X = x; Y = y; }

        public static Point operator +(Point a, Point b) { return new Point(a.X + b.X, a.Y + b.Y); }
        public static Point operator -(Point a) { return new Point(-a.X, -a.Y); }
        public static bool operator ==(Point a, Point b) { return a.X == b.X && a.Y == b.Y; }
        public static bool operator !=(Point a, Point b) { return !(a == b); }
        public static implicit operator long(Point p) { return ((long)p.X << 32) | (uint)p.Y; }
        public static explicit operator Point(int v) { return new Point(v, v); }

        public bool Equals(Point other) { return this == other; }
        public override bool Equals(object o) { return o is Point && Equals((Point)o); }
        public override int GetHashCode() { return X * 31 + Y; }
    }

    public unsafe struct Buffer
    {
        public fixed byte Bytes[16];
        public fixed double Values[4];
        public int Length;
    }

    public interface IShape
    {
        double Area { get; }
        event EventHandler Changed;
    }

    public class Box<T> : IShape where T : struct, IComparable<T>
    {
        T[] items = new T[4];
        int count;
        double side = 1.5;

        public event EventHandler Changed;

        public double Area { get { return side * side; } }

        public T this[int index]
        {
            get { return items[index]; }
            set { items[index] = value; OnChanged(); }
        }

        public int Count { get { return count; } private set { count = value; } }

        protected virtual void OnChanged()
        {
            EventHandler h = Changed;
            if (h != null)
                h(this, EventArgs.Empty);
        }

        public void Add(T item)
        {
            if (count == items.Length)
                Array.Resize(ref items, count * 2);
            items[count++] = item;
        }

        public T Max()
        {
            T best = default(T);
            for (int i = 0; i < count; i++)
                if (items[i].CompareTo(best) > 0)
                    best = items[i];
            return best;
        }

        public IEnumerable<T> Where(Func<T, bool> predicate)
        {
            for (int i = 0; i < count; i++) {
                if (predicate(items[i]))
                    yield return items[i];
            }
        }

        public class Node
        {
            public T Value;
            public Node Next;

            public class Cursor
            {
                public Node Current;
                public bool Move() { Current = Current.Next; return Current != null; }
            }
        }
    }

    public static class Algorithms
    {
        public static TOut[] Map<TIn, TOut>(TIn[] input, Func<TIn, TOut> f)
        {
            var output = new TOut[input.Length];
            for (int i = 0; i < input.Length; i++)
                output[i] = f(input[i]);
            return output;
        }

        public static T Create<T>() where T : class, new() { return new T(); }

        public static Dictionary<string, List<KeyValuePair<int, T[]>>> Nest<T>(T value)
        {
            var d = new Dictionary<string, List<KeyValuePair<int, T[]>>>();
            d["x"] = new List<KeyValuePair<int, T[]>> { new KeyValuePair<int, T[]>(1, new[] { value }) };
            return d;
        }

        // Closures: a captured local, a captured parameter, a nested scope
        // capturing both, and a static lambda that mcs caches in a field.
        public static Func<int, int> Counter(int step)
        {
            int total = 0;
            Func<int, int> add = x => { total += x * step; return total; };
            for (int i = 0; i < 3; i++) {
                int copy = i;
                add = (x => total + copy + x) + add;
            }
            Func<int, int> square = x => x * x;
            return x => add(square(x));
        }

        public static IEnumerable<int> Range(int from, int to)
        {
            try {
                for (int i = from; i < to; i++) {
                    if (i == 100)
                        yield break;
                    yield return i;
                }
            } finally {
                Console.WriteLine("done");
            }
        }

        // Dense cases become a switch opcode; string cases a hash lookup.
        public static int Dense(int v)
        {
            switch (v) {
            case 0: return 10;
            case 1: return 11;
            case 2: return 12;
            case 3: return 13;
            case 5: return 15;
            case 6: return 16;
            case 100: return 200;
            case -4: return -8;
            default: return -1;
            }
        }

        public static int Strings(string s)
        {
            switch (s) {
            case "alpha": return 1;
            case "beta": return 2;
            case "gamma": return 3;
            case "delta": return 4;
            case "epsilon": return 5;
            case "zeta": return 6;
            case "eta": return 7;
            case null: return 0;
            default: return -1;
            }
        }

        public static int Handlers(int a, int b)
        {
            int r = 0;
            try {
                try {
                    r = checked(a * b + a - b);
                } catch (OverflowException e) when (e.Message.Length > 3) {
                    r = -1;
                } catch (DivideByZeroException) {
                    throw;
                } catch (Exception e) {
                    r = e.HResult;
                } finally {
                    r++;
                }
            } catch {
                r = -2;
            }
            return r;
        }

        public static long Checked(long a, ulong b, int c)
        {
            checked {
                long x = a * c;
                ulong y = b + (ulong)c;
                short s = (short)c;
                byte u = (byte)a;
                return x + (long)y + s + u;
            }
        }

        public static decimal Money(decimal price, int quantity = 3, params decimal[] discounts)
        {
            const decimal Tax = 0.0825m;
            decimal total = price * quantity * (1 + Tax);
            foreach (decimal d in discounts)
                total -= d;
            return total + 79228162514264337593543950335m - -0.0000000001m;
        }

        public static string Defaults(string s = "default", double d = 2.5, Suit suit = Suit.Hearts,
                                      Access a = Access.All | Access.High, char c = 'x', object o = null)
        {
            return s + d + suit + a + c + o;
        }

        public static int VarArgs(int n, __arglist)
        {
            var it = new ArgIterator(__arglist);
            int sum = n;
            while (it.GetRemainingCount() > 0)
                sum += __refvalue(it.GetNextArg(), int);
            return sum;
        }

        public static int CallVarArgs()
        {
            return VarArgs(1, __arglist(2, 3)) + VarArgs(0, __arglist());
        }

        public static int TypedRefs(int v)
        {
            TypedReference tr = __makeref(v);
            Type t = __reftype(tr);
            __refvalue(tr, int) = 5;
            return t == typeof(int) ? v : 0;
        }

        public static unsafe int Unsafe(int[] data, string text, ref Buffer buffer)
        {
            int sum = 0;
            fixed (int* p = data)
            fixed (char* c = text) {
                int* q = p;
                for (int i = 0; i < data.Length; i++, q++)
                    sum += *q + c[i % text.Length];
                sum += (int)(q - p);
            }
            int* stack = stackalloc int[8];
            for (int i = 0; i < 8; i++)
                stack[i] = i * sum;
            fixed (byte* b = buffer.Bytes) {
                b[3] = (byte)sum;
                sum += b[3] + sizeof(Point) + sizeof(Buffer);
            }
            Point pt = new Point(1, 2);
            Point* pp = &pt;
            pp->X += 5;
            void* raw = pp;
            return sum + ((Point*)raw)->X + stack[7];
        }

        public static object Casts(object o)
        {
            var p = o as Point?;
            if (o is string)
                return ((string)o).Length;
            if (p.HasValue)
                return (long)p.Value;
            int? n = o as int?;
            return n ?? (int)(Suit)o;
        }
    }
}
