declare module 'virtual:heed/compiled-data' {
  const data: import('./compile-data').CompiledData;
  export default data;
}
