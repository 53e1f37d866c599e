// The `xliff` package ships no types; these are the two functions the scripts use.
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
declare module 'xliff/xliff2js' {
  export default function xliff2js(xml: string): Promise<unknown>;
}
