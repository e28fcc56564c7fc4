/** opencc-js ships its dictionaries as `export default "a b|c d"` strings without typings. */
declare module 'opencc-js/dict/*' {
  const dict: string;
  export default dict;
}
