// Object.MemberwiseClone, Array.Clone of vectors and rank-2 arrays, and
// Array.GetLength/Length/Rank, with an out-of-range dimension caught.
class Pt { public int X; public string Name; public Pt Copy() { return (Pt)MemberwiseClone(); } }
class P { static int Main() {
  int[,] g = new int[3, 5]; g[2, 4] = 7;
  int[] a = new int[4]; a[3] = 9; int[] b = (int[])a.Clone(); b[3] = 1;
  int[,] h = (int[,])g.Clone(); h[2,4] = 8;
  Pt p = new Pt { X = 4, Name = "n" }; Pt q = p.Copy(); q.X = 6;
  try { g.GetLength(2); return 1; } catch (System.IndexOutOfRangeException) { }
  return g.GetLength(0) * 10 + g.GetLength(1) + g.Length + a[3] + b[3] + g[2,4] + h[2,4] + p.X + q.X + g.Rank; } }
