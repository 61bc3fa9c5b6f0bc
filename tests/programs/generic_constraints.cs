// Generic constraints: class constraint with null comparison, struct constraint with
// default, base-class constraint calling virtual methods, constraint on an
// interface whose method is called on T directly.
interface IVal { int Val(); }
class Animal { public virtual int Legs() { return 0; } }
class Dog : Animal, IVal { public override int Legs() { return 4; } public int Val() { return 40; } }
class Bird : Animal { public int Made = 7; public override int Legs() { return 2; } }
struct SV : IVal { public int X; public int Val() { return X + 1; } }
class P {
    static bool IsNull<T>(T x) where T : class { return x == null; }
    static T Def<T>() where T : struct { return default(T); }
    static int TotalLegs<T>(T[] xs) where T : Animal { int s = 0; foreach (T x in xs) s += x.Legs(); return s; }
    static int SumVals<T>(T[] xs) where T : IVal { int s = 0; for (int i = 0; i < xs.Length; i++) s += xs[i].Val(); return s; }
    static int ValOf<T>(T t) where T : IVal { return t.Val(); }
    static int Main() {
        Bird b = new Bird();
        if (b.Made != 7) return 1;
        if (!IsNull<string>(null)) return 4;
        if (IsNull(b)) return 5;
        if (Def<long>() != 0) return 6;
        if (Def<SV>().Val() != 1) return 7;
        Animal[] zoo = { new Dog(), new Bird(), new Dog() };
        if (TotalLegs(zoo) != 10) return 8;
        Dog[] dogs = { new Dog(), new Dog() };
        if (TotalLegs(dogs) != 8) return 9;
        SV[] svs = new SV[3]; svs[0].X = 10; svs[2].X = 20;
        if (SumVals(svs) != 33) return 10;
        if (SumVals(dogs) != 80) return 11;
        if (ValOf(new Dog()) != 40) return 12;
        if (ValOf(svs[2]) != 21) return 13;
        return 0;
    }
}
