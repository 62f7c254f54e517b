namespace EndpointConfigGen.Runtime.Tests
{
    /// <summary>Inputs for the differential tests, grouped by the categories of the CLI reference page.</summary>
    public static class ShorthandCases
    {
        public static readonly string[] All =
        {
            // Scalars.
            "a=b", "a=b c", "a=b=c", "a=hello world", "a=1", "a=-1.5", "a=b:c/d#e", "a=~!@#$%^&*()", "a=b|c",
            "a=]", "a=}", "a=b]", "a=b}", "a=x[y", "a=x{y", "a=b\\c", "a=\\", "a=\\,", "a=\\,b", "a=b\\,c",
            "a=b\\\\,c", "a=b\\", "a=b;c=d", "a=file://x.txt", "a=<>?/", "a=\x7f", "a=b\x7f",

            // Empty values and empty input.
            "a=", "a= ", "a=,b=c", "a=''", "a=\"\"", "=b", "=", "", " ", "a", "a=b,=c", "a= ,b=c", "a=\t",

            // Comma lists and the backtracking to the last comma.
            "a=b,c", "a=b,c,d", "a=b, c", "a=b ,c", "a=b,c=d", "a=b,c,d=e", "a=b,c d=e", "a=b,c d,e=f",
            "a=b,c]", "a=b,c}", "a=b,[c", "a=b,{c", "a='b','c'", "a=\"b\",'c'", "a=b,'c,d'", "a=b,'c'x",
            "a=b,'c,d'x=1", "a=b,c\\,d=e", "a=b,c\\,d", "a=b,,c=d", "a=b,,,c=d", "a=b,", "a=b, ", "a=b,c,",
            "a=b,'unterminated", "a=b,c,'x", "a=b,c,\"x", "a=b,c,\"x\\\"", "a=b,c@d", "a=b,c@=d,e",
            "a=b,c]=d", "a=b,\\,c", "a=b,c,d,e,f",

            // Explicit and nested lists.
            "a=[]", "a=[ ]", "a=[b]", "a=[b,c]", "a=[ b , c ]", "a=[b ,c]", "a=[b, c]", "a=[a,]", "a=[,]",
            "a=[,,]", "a=[,b]", "a=[[b]]", "a=[[b],[c,d]]", "a=[[]]", "a=[{}]", "a=[{b=c},{d=e}]", "a=[b c]",
            "a=[b=c]", "a=[b[c]", "a=[b{c]", "a=[b,c]]", "a=[b,c],d=e", "a=[b,c] ,d=e", "a=[b,c]x", "a=[",
            "a=[b", "a=[b,", "a=[[b]", "a=['b,c',\"d]\"]", "a=[b\\,c]", "a=[\\]", "a=['b' ,c]", "a=['b'x]",
            "a=[b\n,c]", "a= [b]", "a=[b] ", "a=[b],", "a=[b],,c=d", "a=[b ,]", "a=[b , ]", "a=[ ,]",
            "a=[" + new string('[', 50) + new string(']', 51),

            // Hashes.
            "a={}", "a={ }", "a={b=c}", "a={b=c,d=e}", "a={b=c, d=e}", "a={ b = c }", "a={b=c,d}", "a={b=[c,d]}",
            "a={b={c=d}}", "a={b=c,b=d}", "a={b=c,d=e,b=f}", "a={=c}", "a={b=}", "a={b=,c=d}", "a={b@=c}",
            "a={b @ = c}", "a={b=c", "a={b", "a={", "a={b=c}}", "a={b=c}x", "a={b='c,d'}", "a={b=c d}",
            "a={b=c=d}", "a={b-c.d#e/f:g=h}", "a={b!=c}", "a={b=[{c=d}]}", "a={b=c,}", "a={,}", "a={b=c ,d=e}",
            "a={b={c=[d,{e=f}]},g=h}",

            // Quoting and escapes.
            "a='b'", "a=\"b\"", "a='b,c'", "a='b=c'", "a=' b '", "a='b\"c'", "a=\"b'c\"", "a='b\\'c'",
            "a=\"b\\\"c\"", "a='b\\\\c'", "a='b\\\\'", "a='x\\\\',b='c'", "a='b\\'", "a='b", "a=\"b", "a='b'c",
            "a='b' c", "a='b' ,c=d", "a='b'  ", "a='[b]'", "a='{b}'", "a='b\nc'", "a='\\''", "a='it\\'s',b=\"q\\\"\"",
            "a='b\\'c\\'", "a='a\\'b', c='d'", "a='\\\\\\''", "a=\"\\\\\"", "a=x'y", "a=x\"y", "a='b''c'",
            "a='\\\\\\\\'", "a='b\\c'", "a=\"b\\'c\"", "a='b\\\"c'", "a='b\\\\\\'c'", "a='x\\'y\\'z", "a=\"x\\\"", "a='\\'",

            // Whitespace rules.
            " a=b", "a =b", "a= b", "a=b ", "a = b", "a=b , c=d", "a=b\t", "a=\tb", "a=b\n", "a=\nb",
            "a=b\n,c=d", "a=b,\nc=d", "a\n=b", "a=b\u00a0", "a=\u00a0b", "a=b\u3000", "a=b\x1c", "a=\x1cb",
            "a=b\x01c", "a=\x01", "a=b\rc", "a=b\r", "\ta=b", "a=b,\tc", "a=b\x0b", "a=b\u2028c", "a=b\x85",
            "a=b \u00a0 c", "a=[b\u00a0]", "a=b,c\u3000",

            // Multi-line errors (caret under the failing line, remaining lines after it).
            "a=b\nc==d", "a=b,\nb==c\nx", "a=[b\nc]]\nd", "a=b\nb=c", "a=b,\na=c", "a='x\ny'z\nw", "a=b\n\n,",
            "\na=b", "a=[\n]\n]", "a={b=c\n,d}\ne",

            // Unicode, BMP and beyond.
            "a=\u00e9", "a=\u65e5\u672c\u8a9e", "a=\u65e5\u672c,\u8a9e", "a=\U0001F600", "a=b\U0001F600",
            "a='\U0001F600'", "a=[\U0001F600]", "a=['\U0001F600']", "a={b='\U0001F600'}", "a=x\U0001F600,b=c",
            "a=\u20ac,b=c", "a=\U0001F600\U0001F600", "a=\u00e9\U0001F600", "a=\U0001F600\n=", "ab\U0001F600=c",
            "a=b,\U0001F600", "a=\"\U0001F600,\u00e9\"", "a=\u00e9\u00e9\U0001F600x\n\U0001F600\U0001F600==",

            // Key characters and @=.
            "a-b_c.d#e/f:g=h", "A1=b", "a b=c", "a!=b", "a[0]=b", "a@=b", "a @=b", "a@ =b", "a @ = b",
            "a@=b,c@=d", "a@b=c", "a@@=b", "a@", "@=b", "a=b,@=c", "a=b,c@=d", "'a'=b", "\"a\"=b", "a@=[b,{c@=d}]",

            // Repeated keys.
            "a=b,a=c", "a=b,b=c,a=d", "a=b , a=c", "a=b,c=d,a=e", "a=[b],a=c", "a={b=c},a=d", "a=b,c,a=d",
            "=a,=b", "a=b, a=c", "a=b,\na=c", "a=b,c=d\n,a=e",

            // Other errors.
            "abc", "a=b c=d", "a=b,c=d e=f", "a==b", "a=b]", "a=b}", "a=[b]]", "a={b}", "a=[b,c", ",a=b",
            "a=b,,", "a=b,c,,", "a=[{]", "a=[}]", "a={[}", "a={b=c]", "a=[b}", "a='''", "a=\"\"\"", "a=b\x00",
            "a=\x00", "a=b,c=d,", "a=b c,d", "a=[b]c", "a=[b] c",
        };
    }
}
