/** A minimal XMLHttpRequest double that reports progress and answers `status`. */
export class FakeXhr {
  static status = 200;
  static responseText = '{"status":"uploaded","size":4}';
  static sent: { method: string; url: string; headers: Record<string, string>; body: unknown }[] = [];
  upload: { onprogress: ((event: { lengthComputable: boolean; loaded: number; total: number }) => void) | null } = {
    onprogress: null,
  };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  onabort: (() => void) | null = null;
  status = 0;
  responseText = '';
  private request = { method: '', url: '', headers: {} as Record<string, string>, body: undefined as unknown };
  open(method: string, url: string) {
    this.request.method = method;
    this.request.url = url;
  }
  setRequestHeader(name: string, value: string) {
    this.request.headers[name] = value;
  }
  abort() {
    this.onabort?.();
  }
  send(body: Blob) {
    this.request.body = body;
    FakeXhr.sent.push(this.request);
    setTimeout(() => {
      this.upload.onprogress?.({ lengthComputable: true, loaded: body.size / 2, total: body.size });
      this.status = FakeXhr.status;
      this.responseText = FakeXhr.responseText;
      this.onload?.();
    }, 0);
  }
}
