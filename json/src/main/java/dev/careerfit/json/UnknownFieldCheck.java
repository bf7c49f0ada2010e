package dev.careerfit.json;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBuilder;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.SettableAnyProperty;
import com.fasterxml.jackson.databind.deser.SettableBeanProperty;
import com.fasterxml.jackson.databind.deser.ValueInstantiator;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.type.TypeFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Reports an unknown field of a record where it stands. Jackson builds a record first and complains
 * about unknown fields afterwards, so a typo such as {@code "meen"} surfaced as the constructor's
 * "a salary band needs a mean..." instead of as the typo. Installing a rejecting "any setter" on types
 * built through a constructor makes the unknown field fail the moment it is read.
 */
final class UnknownFieldCheck extends BeanDeserializerModifier {
    private static final long serialVersionUID = 1L;

    @Override
    public BeanDeserializerBuilder updateBuilder(DeserializationConfig config, BeanDescription beanDesc,
                                                 BeanDeserializerBuilder builder) {
        ValueInstantiator instantiator = builder.getValueInstantiator();
        JsonIgnoreProperties.Value ignorals = config.getDefaultPropertyIgnorals(beanDesc.getBeanClass(),
                beanDesc.getClassInfo());
        if (builder.getAnySetter() != null || instantiator == null || !instantiator.canCreateFromObjectWith()
                || (ignorals != null && ignorals.getIgnoreUnknown())) {
            return builder;
        }
        List<Object> known = new ArrayList<>();
        for (Iterator<SettableBeanProperty> it = builder.getProperties(); it.hasNext(); ) {
            known.add(it.next().getName());
        }
        builder.setAnySetter(new RejectingAnyProperty(beanDesc.getBeanClass(), List.copyOf(known), null));
        return builder;
    }

    /** Takes no value: fails on the unknown field, or skips it when unknown fields are allowed. */
    private static final class RejectingAnyProperty extends SettableAnyProperty {
        private static final long serialVersionUID = 1L;
        private final Class<?> owner;
        private final List<Object> known;

        RejectingAnyProperty(Class<?> owner, List<Object> known, JsonDeserializer<Object> valueDeserializer) {
            super(null, null, TypeFactory.unknownType(), null, valueDeserializer, null);
            this.owner = owner;
            this.known = known;
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (ctxt.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)) {
                String name = p.currentName();
                // The path gets the field's name when Jackson wraps this on the way out.
                throw new UnrecognizedPropertyException(p, JsonProblems.unknownField(name, known),
                        p.currentTokenLocation(), owner, name, known);
            }
            p.skipChildren();
            return null;
        }

        @Override
        protected void _set(Object instance, Object propName, Object value) {
            // Nothing to set: unknown fields are either rejected or ignored.
        }

        @Override
        public SettableAnyProperty withValueDeserializer(JsonDeserializer<Object> deser) {
            return new RejectingAnyProperty(owner, known, deser);
        }

        @Override
        public boolean hasValueDeserializer() {
            return true;
        }

        @Override
        public void fixAccess(DeserializationConfig config) {
            // No member to make accessible.
        }

        @Override
        public String toString() {
            return "[unknown-field check on " + owner.getName() + "]";
        }
    }
}
