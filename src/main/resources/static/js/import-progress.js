// Moves the progress bar while an import runs (a 903 return, an Ofsted provider list), and shows the result when it is done.
const container = document.querySelector('[data-import-progress]');
if (container) {
    const bar = container.querySelector('progress');
    const stage = container.querySelector('[data-import-stage]');
    const poll = async () => {
        try {
            const response = await fetch(container.dataset.progressUrl, { headers: { Accept: 'application/json' } });
            if (response.ok) {
                const progress = await response.json();
                bar.value = progress.percent;
                bar.textContent = progress.percent + '%';
                if (stage.textContent !== progress.stage) {
                    stage.textContent = progress.stage;
                }
                if (progress.finished) {
                    window.location.reload();
                    return;
                }
            }
        } catch (error) {
            // A moment without the network: try again on the next tick.
        }
        window.setTimeout(poll, 700);
    };
    window.setTimeout(poll, 300);
}
