// typeof and GetType give one RuntimeType object per type: == is reference
// equality, for classes, generic instances, open generic types and boxed values.
using System; using System.Collections.Generic;
class A {} class B : A {}
class P { static int Main() {
  int f = 0;
  if (typeof(A) != typeof(A)) f |= 1;
  if (typeof(A) == typeof(B)) f |= 2;
  object o = new B();
  if (o.GetType() != typeof(B)) f |= 4;
  if ((object)typeof(List<int>) != (object)new List<int>().GetType()) f |= 8;
  Type open = typeof(List<>);
  if (open == typeof(List<int>) || open == null) f |= 16;
  if (5.GetType() != typeof(int)) f |= 32;
  return f; } }
