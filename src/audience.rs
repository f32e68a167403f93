//! Who is reading: a patient or family member, or a clinician in training. The choice shapes what the guide
//! offers first, is remembered on this device only, and can be changed at any time from the header.

/// The reader's chosen audience.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Audience {
    /// A patient, family member or representative.
    Patient,
    /// A doctor, nurse, perfusionist or physiologist in training.
    Clinician,
}

impl Audience {
    /// Both audiences, in the order the chooser shows them.
    pub const ALL: [Audience; 2] = [Audience::Patient, Audience::Clinician];

    /// The value kept in storage.
    pub fn as_str(self) -> &'static str {
        match self {
            Audience::Patient => "patient",
            Audience::Clinician => "clinician",
        }
    }

    /// Parses a stored value; anything else (corrupt or from an older version) is `None`.
    pub fn parse(value: &str) -> Option<Audience> {
        match value.trim() {
            "patient" => Some(Audience::Patient),
            "clinician" => Some(Audience::Clinician),
            _ => None,
        }
    }

    /// Message id of the chooser button ("I am a patient or family member").
    pub fn choose_id(self) -> &'static str {
        match self {
            Audience::Patient => "audience-choose-patient",
            Audience::Clinician => "audience-choose-clinician",
        }
    }

    /// Message id of the short label shown in the header.
    pub fn short_id(self) -> &'static str {
        match self {
            Audience::Patient => "audience-short-patient",
            Audience::Clinician => "audience-short-clinician",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stored_values_round_trip_and_corrupt_values_are_rejected() {
        for a in Audience::ALL {
            assert_eq!(Audience::parse(a.as_str()), Some(a));
        }
        assert_eq!(Audience::parse("{\"x\":1}"), None);
        assert_eq!(Audience::parse(""), None);
    }
}

/// The reader's audience choice as shared app state: a `Copy` handle that persists every change.
#[derive(Clone, Copy)]
pub struct AudienceChoice(leptos::prelude::RwSignal<Option<Audience>>);

impl AudienceChoice {
    /// Loads the saved choice; a corrupt saved value is dropped (the reader simply chooses again).
    pub fn load() -> Self {
        let saved = crate::storage::read(crate::storage::keys::AUDIENCE);
        let parsed = saved.as_deref().and_then(Audience::parse);
        if saved.is_some() && parsed.is_none() {
            crate::storage::remove(crate::storage::keys::AUDIENCE);
        }
        AudienceChoice(leptos::prelude::RwSignal::new(parsed))
    }

    /// The current choice (reactive read); `None` until the reader has chosen.
    pub fn get(self) -> Option<Audience> {
        use leptos::prelude::Get;
        self.0.get()
    }

    /// The current choice without subscribing to changes.
    pub fn get_untracked(self) -> Option<Audience> {
        use leptos::prelude::GetUntracked;
        self.0.get_untracked()
    }

    /// Records a choice and remembers it on this device.
    pub fn choose(self, audience: Audience) {
        use leptos::prelude::Set;
        crate::storage::write(crate::storage::keys::AUDIENCE, audience.as_str());
        self.0.set(Some(audience));
    }

    /// Forgets the choice (used by "delete everything").
    pub fn forget(self) {
        use leptos::prelude::Set;
        crate::storage::remove(crate::storage::keys::AUDIENCE);
        self.0.set(None);
    }
}
