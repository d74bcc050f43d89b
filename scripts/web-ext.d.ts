// web-ext ships no type declarations; these are the two calls the release scripts make.
declare module 'web-ext' {
  interface BuildResult {
    extensionPath: string;
  }
  const webExt: {
    cmd: {
      build(
        params: { sourceDir: string; artifactsDir: string; filename?: string; overwriteDest?: boolean },
        options?: { showReadyMessage?: boolean; shouldExitProgram?: boolean },
      ): Promise<BuildResult>;
    };
  };
  export default webExt;
}
