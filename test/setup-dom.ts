// jsdom has no ResizeObserver; chart components observe their container.
globalThis.ResizeObserver ??= class {
	observe() {}
	unobserve() {}
	disconnect() {}
};
