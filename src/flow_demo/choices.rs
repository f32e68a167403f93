//! What the demo's user chooses from: the starting situations, the pump devices, and the range of P-levels,
//! each with the stable key forms use and the message id of its name.

use hemosim::{Device, Preset};

/// Highest P-level the demo offers (P-9: BOOST on the 2.5, the top level on CP and 5.5; FACTS.md).
pub const MAX_P_LEVEL: u8 = 9;
/// Lowest P-level the demo offers while the pump runs (P-2 is the lowest level for support in the ventricle;
/// FACTS.md "Weaning").
pub const MIN_P_LEVEL: u8 = 1;

/// The starting situations a user can choose on the demo page.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DemoPreset {
    /// A healthy heart at rest.
    Healthy,
    /// Cardiogenic shock, SCAI stage C.
    Shock,
    /// Deteriorating shock, SCAI stage D.
    Deteriorating,
    /// Shock with a failing right ventricle.
    RightHeartFailure,
    /// Shock with too little blood volume.
    LowBloodVolume,
}

impl DemoPreset {
    /// All presets in menu order.
    pub const ALL: [DemoPreset; 5] = [
        DemoPreset::Healthy,
        DemoPreset::Shock,
        DemoPreset::Deteriorating,
        DemoPreset::RightHeartFailure,
        DemoPreset::LowBloodVolume,
    ];

    /// The simulation preset behind it.
    pub fn preset(self) -> Preset {
        match self {
            DemoPreset::Healthy => Preset::Normal,
            DemoPreset::Shock => Preset::CardiogenicShock,
            DemoPreset::Deteriorating => Preset::Deteriorating,
            DemoPreset::RightHeartFailure => Preset::RightHeartFailure,
            DemoPreset::LowBloodVolume => Preset::LowBloodVolume,
        }
    }

    /// Stable value for forms and tests.
    pub fn key(self) -> &'static str {
        match self {
            DemoPreset::Healthy => "healthy",
            DemoPreset::Shock => "shock",
            DemoPreset::Deteriorating => "deteriorating",
            DemoPreset::RightHeartFailure => "right-heart-failure",
            DemoPreset::LowBloodVolume => "low-volume",
        }
    }

    /// Parses [`DemoPreset::key`].
    pub fn from_key(key: &str) -> Option<DemoPreset> {
        DemoPreset::ALL.into_iter().find(|p| p.key() == key)
    }

    /// Message id of its name.
    pub fn label_id(self) -> &'static str {
        match self {
            DemoPreset::Healthy => "demo-preset-healthy",
            DemoPreset::Shock => "demo-preset-shock",
            DemoPreset::Deteriorating => "demo-preset-deteriorating",
            DemoPreset::RightHeartFailure => "demo-preset-rhf",
            DemoPreset::LowBloodVolume => "demo-preset-low-volume",
        }
    }
}

/// The pump devices the demo offers.
pub const DEVICES: [Device; 3] = [Device::Impella25, Device::ImpellaCp, Device::Impella55];

/// Stable value for a device in forms and tests.
pub fn device_key(device: Device) -> &'static str {
    match device {
        Device::Impella25 => "2.5",
        Device::ImpellaCp => "cp",
        Device::Impella55 => "5.5",
        Device::None => "none",
    }
}

/// Message id of a device's name.
pub fn device_label_id(device: Device) -> &'static str {
    match device {
        Device::Impella25 => "demo-device-25",
        Device::ImpellaCp => "demo-device-cp",
        Device::Impella55 => "demo-device-55",
        Device::None => "demo-device-none",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn preset_and_device_keys_round_trip() {
        for p in DemoPreset::ALL {
            assert_eq!(DemoPreset::from_key(p.key()), Some(p));
        }
        assert_eq!(DemoPreset::from_key("nope"), None);
        assert_eq!(device_key(Device::ImpellaCp), "cp");
    }
}
