using System;
using System.Collections;
using System.Collections.Specialized;
using System.Linq;
class Specialized {
    static void Main() {
        var nvc = new NameValueCollection();
        nvc.Add("color", "red"); nvc.Add("color", "blue"); nvc["size"] = "L"; nvc.Add("Color", "green");
        Console.WriteLine(nvc["color"] + " " + nvc.Count + " " + string.Join("|", nvc.GetValues("color")) + " " + nvc.Get(1) + " " + nvc.GetKey(0));
        nvc.Remove("size"); nvc.Set("color", "black");
        Console.WriteLine(nvc["COLOR"] + " " + nvc.AllKeys.Length + " " + (nvc["missing"] == null));
        var od = new OrderedDictionary { { "z", 1 }, { "a", 2 } };
        od.Insert(1, "m", 3); od["a"] = 20; od[0] = 10;
        foreach (DictionaryEntry e in od) Console.Write(e.Key + "=" + e.Value + " ");
        Console.WriteLine(od.Count + " " + od.Contains("m"));
        od.RemoveAt(1); Console.WriteLine(string.Join(",", od.Keys.Cast<string>()));
        var sc = new StringCollection { "b", "a" }; sc.Insert(0, "c"); sc.AddRange(new[] { "d", "e" });
        Console.WriteLine(string.Join(",", sc.Cast<string>()) + " " + sc.IndexOf("a") + " " + sc.Contains("z"));
        var sd = new StringDictionary { { "Key", "v1" } }; sd["other"] = "v2";
        Console.WriteLine(sd["KEY"] + " " + sd.Count + " " + sd.ContainsKey("OTHER") + " " + sd.ContainsValue("v2"));
        var hd = new HybridDictionary();
        for (int i = 0; i < 20; i++) hd[i] = i * i;
        Console.WriteLine(hd.Count + " " + hd[19] + " " + hd.Contains(5));
        var ld = new ListDictionary { { "x", 1 }, { "y", 2 } };
        ld.Remove("x"); Console.WriteLine(ld.Count + " " + ld["y"]);
        var bv = new BitVector32(0);
        int m1 = BitVector32.CreateMask(), m2 = BitVector32.CreateMask(m1), m3 = BitVector32.CreateMask(m2);
        bv[m1] = true; bv[m3] = true;
        Console.WriteLine(bv.Data + " " + bv[m2] + " " + bv);
        var s1 = BitVector32.CreateSection(7); var s2 = BitVector32.CreateSection(15, s1);
        var sec = new BitVector32(0); sec[s1] = 5; sec[s2] = 9;
        Console.WriteLine(sec[s1] + " " + sec[s2] + " " + sec.Data);
        var cd = new CollectionsUtilCheck();
        Console.WriteLine(cd.Run());
    }
}
class CollectionsUtilCheck {
    public string Run() { var h = CollectionsUtil.CreateCaseInsensitiveHashtable(); h["A"] = 1; return h["a"] + " " + h.Count; }
}
