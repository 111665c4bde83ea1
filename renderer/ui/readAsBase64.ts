/** The file as base64, the way the contract carries files (attachments, a logo, a spreadsheet to import). */
export function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(new Error('The file could not be read. Try choosing it again.'));
    reader.readAsDataURL(file);
  });
}
