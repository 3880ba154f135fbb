// @asyncapi/generator 2.x ships no type declarations; this is the part we call.
declare module '@asyncapi/generator' {
  export default class Generator {
    constructor(
      templateName: string,
      targetDir: string,
      options?: { forceWrite?: boolean; templateParams?: Record<string, string>; compile?: boolean },
    );
    generateFromFile(asyncapiFile: string): Promise<void>;
    /** A string to parse, or an already parsed document (which skips the parser). */
    generate(asyncapiDocument: unknown): Promise<void>;
  }
}
