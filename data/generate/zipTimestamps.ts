/**
 * exceljs zips through JSZip, which stamps every entry with the current time. Rewriting the DOS
 * time/date fields of the local and central headers makes a workbook byte-identical across runs.
 */

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIR = 0x06054b50;

/** DOS time and date for a UTC instant (2-second resolution, years from 1980). */
export function dosDateTime(when: Date): { time: number; date: number } {
	const time =
		(when.getUTCHours() << 11) | (when.getUTCMinutes() << 5) | (when.getUTCSeconds() >> 1);
	const date =
		((when.getUTCFullYear() - 1980) << 9) | ((when.getUTCMonth() + 1) << 5) | when.getUTCDate();
	return { time, date };
}

export function fixZipTimestamps(zip: Buffer, when: Date): Buffer {
	const { time, date } = dosDateTime(when);
	const eocd = findEndOfCentralDirectory(zip);
	const entries = zip.readUInt16LE(eocd + 10);
	let at = zip.readUInt32LE(eocd + 16);
	for (let i = 0; i < entries; i++) {
		if (zip.readUInt32LE(at) !== CENTRAL_HEADER) throw new Error('corrupt zip central directory');
		zip.writeUInt16LE(time, at + 12);
		zip.writeUInt16LE(date, at + 14);
		const local = zip.readUInt32LE(at + 42);
		if (zip.readUInt32LE(local) !== LOCAL_HEADER) throw new Error('corrupt zip local header');
		zip.writeUInt16LE(time, local + 10);
		zip.writeUInt16LE(date, local + 12);
		at += 46 + zip.readUInt16LE(at + 28) + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
	}
	return zip;
}

function findEndOfCentralDirectory(zip: Buffer): number {
	for (let at = zip.length - 22; at >= Math.max(0, zip.length - 65_557); at--) {
		if (zip.readUInt32LE(at) === END_OF_CENTRAL_DIR) return at;
	}
	throw new Error('not a zip file: no end-of-central-directory record');
}
