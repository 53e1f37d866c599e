// The `xliff` package ships no types; this is the function the scripts use (import reads
// the XML itself with xml-js, to keep whitespace, segments and inline placeholders).
declare module 'xliff/createxliff' {
  export default function createxliff(
    srcLang: string,
    trgLang: string,
    sources: Record<string, string>,
    targets: Record<string, string>,
    namespace: string,
    callback?: undefined,
    notes?: Record<string, string>,
  ): Promise<string>;
}
