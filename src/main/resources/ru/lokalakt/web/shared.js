// What both pages of lokalakt serve share: a downloaded file's name and saving it from a response.
window.lokalakt = Object.freeze({
  /** The file name the server gives in Content-Disposition (filename*=UTF-8''…), or the fallback. */
  fileName(response, fallback) {
    const m = (response.headers.get('Content-Disposition') || '').match(/filename\*=UTF-8''([^;]+)/);
    return m ? decodeURIComponent(m[1]) : fallback;
  },
  /** Saves a blob as a download under this name. */
  saveBlob(blob, name) {
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = name;
    document.body.appendChild(a);
    a.click();
    setTimeout(() => { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
  }
});
